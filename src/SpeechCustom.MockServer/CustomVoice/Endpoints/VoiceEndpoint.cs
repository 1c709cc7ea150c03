using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Endpoints;

/// <summary>
/// A deployed model. Its status follows its current work: deployment (NotStarted, Running, Succeeded|Failed), then
/// suspend (Disabling, Disabled) and resume (Running, Succeeded) replace it.
/// </summary>
internal sealed class VoiceEndpoint : IVoiceResource
{
    public const string HighPerformance = "HighPerformance";
    public const string FastResume = "FastResume";

    public required Guid Id { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required string ProjectId { get; init; }

    public required string ModelId { get; init; }

    public string? Kind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Replaced under the store lock by suspend and resume.</summary>
    public required LongRunningWork Work { get; set; }

    public object? Field(string name) => name switch
    {
        "projectId" => ProjectId,
        "kind" => Kind,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    public bool IsSettledAt(DateTimeOffset now) => Work.StateAt(now).IsTerminal;

    public object ToJson(CustomVoiceVersion version, DateTimeOffset now) => ToJson(Work.StateAt(now));

    private EndpointJson ToJson(WorkState state) => new(
        Id,
        DisplayName,
        Description,
        ProjectId,
        ModelId,
        Kind is null ? null : new EndpointProperties(Kind),
        state.Status,
        Timestamps.CustomVoice(CreatedAt),
        Timestamps.CustomVoice(state.EnteredAt));

    private sealed record EndpointJson(
        Guid Id,
        string? DisplayName,
        string? Description,
        string ProjectId,
        string ModelId,
        EndpointProperties? Properties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record EndpointProperties(string Kind);
}
