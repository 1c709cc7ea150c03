using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Consents;

/// <summary>A voice talent's recorded consent; verified by long-running work (fails with AudioAndScriptNotMatch).</summary>
internal sealed class Consent : IVoiceResource
{
    public required string Id { get; init; }

    public required ConsentInput Input { get; init; }

    public string ProjectId => Input.ProjectId;

    public required DateTimeOffset CreatedAt { get; init; }

    public required LongRunningWork Work { get; init; }

    public object? Field(string name) => name switch
    {
        "projectId" => Input.ProjectId,
        "locale" => Input.Locale,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    public bool IsSettledAt(DateTimeOffset now) => Work.StateAt(now).IsTerminal;

    /// <summary>audioUrl is "only available in request" and never returned.</summary>
    public object ToJson(CustomVoiceVersion version, DateTimeOffset now) => ToJson(version, Work.StateAt(now));

    private ConsentJson ToJson(CustomVoiceVersion version, WorkState state) => new(
        Id,
        Input.DisplayName,
        Input.Description,
        Input.VoiceTalentName,
        Input.CompanyName,
        Input.Locale,
        Input.ProjectId,
        state.Failure is { } failure && version.HasConsentFailureReason ? new ConsentProperties(failure.Code) : null,
        state.Status,
        Timestamps.CustomVoice(CreatedAt),
        Timestamps.CustomVoice(state.EnteredAt));

    private sealed record ConsentJson(
        string Id,
        string? DisplayName,
        string? Description,
        string VoiceTalentName,
        string CompanyName,
        string Locale,
        string ProjectId,
        ConsentProperties? Properties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record ConsentProperties(string FailureReason);
}
