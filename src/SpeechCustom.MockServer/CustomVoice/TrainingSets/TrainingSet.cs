using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.TrainingSets;

/// <summary>
/// A training set. Created Succeeded (as the spec example shows) and empty; each upload is long-running work, while
/// the latest one runs the set reads Running and when it ends the set takes its outcome. Properties add up the
/// uploads that succeeded.
/// </summary>
internal sealed class TrainingSet : IVoiceResource
{
    public required string Id { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public required string Locale { get; init; }

    public string? VoiceKind { get; init; }

    public required string ProjectId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Mutated under the store lock only.</summary>
    public List<TrainingSetUpload> Uploads { get; } = [];

    public object? Field(string name) => name switch
    {
        "projectId" => ProjectId,
        "locale" => Locale,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    /// <summary>Status and when it was entered: Succeeded at creation, then following the latest upload.</summary>
    public WorkState StateAt(DateTimeOffset now)
    {
        if (Uploads.Count == 0)
        {
            return new WorkState(ResourceStatus.Succeeded, CreatedAt, IsTerminal: true, Failure: null);
        }

        var latest = Uploads[^1].Work.StateAt(now);
        return latest.IsTerminal ? latest : latest with { Status = ResourceStatus.Running };
    }

    public bool IsSettledAt(DateTimeOffset now) => StateAt(now).IsTerminal;

    /// <summary>How many utterances succeeded uploads added (models need some).</summary>
    public int UtteranceCountAt(DateTimeOffset now) => SucceededUploads(now).Sum(u => u.UtteranceCount);

    public object ToJson(CustomVoiceVersion version, DateTimeOffset now)
    {
        var state = StateAt(now);
        var succeeded = SucceededUploads(now).ToList();
        var properties = succeeded.Count == 0 ? null : new TrainingSetProperties(
            succeeded.Sum(u => u.UtteranceCount),
            version.Is2026 ? succeeded.Sum(u => u.DurationInSeconds) : null,
            version.Is2026 ? succeeded.Any(u => u.IsContextual) : null);
        return new TrainingSetJson(
            Id, DisplayName, Description, Locale, VoiceKind, properties, ProjectId, state.Status,
            Timestamps.CustomVoice(CreatedAt), Timestamps.CustomVoice(state.EnteredAt));
    }

    private IEnumerable<TrainingSetUpload> SucceededUploads(DateTimeOffset now) =>
        Uploads.Where(u => u.Work.StateAt(now) is { IsTerminal: true, IsFailed: false });

    private sealed record TrainingSetJson(
        string Id,
        string? DisplayName,
        string? Description,
        string Locale,
        string? VoiceKind,
        TrainingSetProperties? Properties,
        string ProjectId,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record TrainingSetProperties(int UtteranceCount, double? DurationInSeconds, bool? IsContextual);
}
