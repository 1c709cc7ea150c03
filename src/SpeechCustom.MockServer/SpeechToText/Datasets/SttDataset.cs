using System.Xml;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// A speech-to-text dataset. With a contentUrl the import starts at creation; without one it waits (NotStarted) for
/// blocks to be uploaded and committed. Mutable fields change under the store lock only (PATCH, blocks).
/// </summary>
internal sealed class SttDataset
{
    public required Guid Id { get; init; }

    public required string Kind { get; init; }

    public required string DisplayName { get; set; }

    public string? Description { get; set; }

    public required string Locale { get; init; }

    public Dictionary<string, string>? CustomProperties { get; set; }

    public string? ContentUrl { get; init; }

    public Guid? ProjectId { get; set; }

    public string? TextNormalizationKind { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null until the import starts (block upload datasets start at commit).</summary>
    public LongRunningWork? Work { get; set; }

    /// <summary>Set for datasets created without contentUrl.</summary>
    public DatasetBlocks? Blocks { get; init; }

    public WorkState StateAt(DateTimeOffset now) =>
        Work?.StateAt(now) ?? new WorkState(ResourceStatus.NotStarted, CreatedAt, IsTerminal: false, Failure: null);

    public object? Field(string name, DateTimeOffset now) => name switch
    {
        "displayName" => DisplayName,
        "description" => Description,
        "locale" => Locale,
        "kind" => Kind,
        "status" => StateAt(now).Status,
        "createdDateTime" => CreatedAt,
        "lastActionDateTime" => Timestamps.ToSeconds(StateAt(now).EnteredAt),
        _ => null,
    };

    public object ToJson(SttRequest request)
    {
        var state = StateAt(request.Now);
        var self = request.EntityUrl("datasets", Id);
        var links = new DatasetLinks(
            request.Url($"datasets/{Id}/files"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks:commit"));
        return new DatasetJson(
            self,
            DisplayName,
            Description,
            CustomProperties,
            Locale,
            Kind,
            ProjectId is { } projectId && request.Version.HasProjects ? new EntityReference(request.EntityUrl("projects", projectId)) : null,
            links,
            Properties(request.Version, state),
            ContentUrl,
            state.Status,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(state.EnteredAt));
    }

    private DatasetProperties? Properties(SttVersion version, WorkState state)
    {
        var normalization = version.IsV32OrLater ? TextNormalizationKind : null;
        if (state.Failure is { } failure)
        {
            return new DatasetProperties(normalization, null, null, null, null, new EntityError(failure.Code, failure.Message));
        }

        if (!state.IsTerminal)
        {
            return normalization is null ? null : new DatasetProperties(normalization, null, null, null, null, null);
        }

        var result = ImportResult.For(Kind);
        return new DatasetProperties(
            normalization,
            result.AcceptedLineCount,
            result.RejectedLineCount,
            result.Duration is { } duration && !version.UsesMilliseconds ? XmlConvert.ToString(duration) : null,
            result.Duration is { } ms && version.UsesMilliseconds ? (long)ms.TotalMilliseconds : null,
            null);
    }

    private sealed record DatasetJson(
        string Self,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string Locale,
        string Kind,
        EntityReference? Project,
        DatasetLinks Links,
        DatasetProperties? Properties,
        string? ContentUrl,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record DatasetLinks(string Files, string? UploadBlocks, string? ListBlocks, string? CommitBlocks);

    private sealed record DatasetProperties(
        string? TextNormalizationKind,
        int? AcceptedLineCount,
        int? RejectedLineCount,
        string? Duration,
        long? DurationMilliseconds,
        EntityError? Error);
}
