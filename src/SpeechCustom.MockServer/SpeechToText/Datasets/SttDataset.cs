using System.Xml;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// A speech-to-text dataset. With a contentUrl the import starts at creation (on generated data); without one it waits
/// (NotStarted) for blocks to be uploaded and committed; the v3.x multipart upload brings its data along.
/// </summary>
internal sealed class SttDataset : SttEntity
{
    private IReadOnlyList<SttFile>? _files;

    public override SttEntityType EntityType => SttEntityType.Dataset;

    public required string Kind { get; init; }

    public string? ContentUrl { get; init; }

    public string? TextNormalizationKind { get; init; }

    /// <summary>Set for datasets created without contentUrl.</summary>
    public DatasetBlocks? Blocks { get; init; }

    /// <summary>Set when the import starts.</summary>
    public DatasetData? Data { get; set; }

    public override object? Field(string name, DateTimeOffset now) => name == "kind" ? Kind : base.Field(name, now);

    /// <summary>The data file and the DatasetReport once the import finished (the data file only when it failed).</summary>
    public IReadOnlyList<SttFile> FilesAt(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (!state.IsTerminal || Data is not { } data)
        {
            return [];
        }

        return _files ??= Build(data, state);
    }

    private List<SttFile> Build(DatasetData data, WorkState state)
    {
        var files = new List<SttFile>
        {
            File(data.FileName, DataFileKind(Kind), state.EnteredAt, () => data.Bytes, Kind is DatasetKinds.Acoustic or DatasetKinds.AudioFiles && !state.IsFailed ? data.Analysis.Duration : null, data.Bytes.LongLength),
        };
        if (!state.IsFailed)
        {
            files.Add(File("report.json", "DatasetReport", state.EnteredAt, () => data.Analysis.Report(Kind, Locale), null, null));
        }

        return files;
    }

    private SttFile File(string name, string kind, DateTimeOffset createdAt, Func<byte[]> content, TimeSpan? duration, long? size)
    {
        var fileId = SttFile.IdFor(Id, name);
        return new SttFile($"datasets/{Id}/files/{fileId}", name, kind, createdAt, "datasets", $"{Id}/{name}", content, duration, size);
    }

    private static string DataFileKind(string kind) => kind switch
    {
        DatasetKinds.Acoustic or DatasetKinds.AudioFiles => "AcousticDataArchive",
        DatasetKinds.Pronunciation => "PronunciationData",
        DatasetKinds.OutputFormatting => "OutputFormattingData",
        _ => "LanguageData",
    };

    public object ToJson(SttRequest request)
    {
        var state = StateAt(request.Now);
        var links = new DatasetLinks(
            request.Url($"datasets/{Id}/files"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks"),
            Blocks is null ? null : request.Url($"datasets/{Id}/blocks:commit"));
        return new DatasetJson(
            request.EntityUrl("datasets", Id),
            DisplayName,
            Description,
            CustomProperties,
            Locale,
            Kind,
            ProjectReference(request),
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

        if (!state.IsTerminal || Data is null)
        {
            return normalization is null ? null : new DatasetProperties(normalization, null, null, null, null, null);
        }

        var result = Data.Analysis;
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
