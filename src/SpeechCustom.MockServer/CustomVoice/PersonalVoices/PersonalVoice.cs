using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.PersonalVoices;

/// <summary>
/// A personal voice: a speaker profile built from prompt audio, verified against a consent (fails with
/// SpeakerVerificationFailed). The speakerProfileId is generated at creation and returned in the 201 body already.
/// </summary>
internal sealed class PersonalVoice : IVoiceResource
{
    public required string Id { get; init; }

    public required Guid SpeakerProfileId { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required string ProjectId { get; init; }

    public required string ConsentId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required LongRunningWork Work { get; init; }

    public object? Field(string name) => name switch
    {
        "projectId" => ProjectId,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    /// <summary>audios carries the caller's SAS, so it is not echoed (the spec's response example omits it too).</summary>
    public bool IsSettledAt(DateTimeOffset now) => Work.StateAt(now).IsTerminal;

    public object ToJson(CustomVoiceVersion version, DateTimeOffset now) => ToJson(Work.StateAt(now));

    private PersonalVoiceJson ToJson(WorkState state) => new(
        Id,
        SpeakerProfileId,
        DisplayName,
        Description,
        ProjectId,
        ConsentId,
        state.Failure is { } failure ? new PersonalVoiceProperties(failure.Code) : null,
        state.Status,
        Timestamps.CustomVoice(CreatedAt),
        Timestamps.CustomVoice(state.EnteredAt));

    private sealed record PersonalVoiceJson(
        string Id,
        Guid SpeakerProfileId,
        string? DisplayName,
        string? Description,
        string ProjectId,
        string ConsentId,
        PersonalVoiceProperties? Properties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record PersonalVoiceProperties(string FailureReason);
}
