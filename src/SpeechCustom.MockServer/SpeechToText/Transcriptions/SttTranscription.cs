using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Transcriptions;

/// <summary>
/// A batch transcription of content URLs, a container or a dataset. Once finished it has one result file per source
/// that could be transcribed (contenturl_{n}.json) and report.json; a source URL containing "fail-me" fails alone, and
/// the transcription fails only when every source failed (or its displayName asks for it).
/// </summary>
internal sealed class SttTranscription : SttEntity
{
    private IReadOnlyList<SourceResult>? _results;
    private IReadOnlyList<SttFile>? _files;

    public override SttEntityType EntityType => SttEntityType.Transcription;

    public ModelLink? Model { get; init; }

    public Guid? DatasetId { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }

    public required TranscriptionOptions Options { get; init; }

    /// <summary>The version it was created with: result files of 2024-11-15+ transcriptions carry *Milliseconds in phrases and words.</summary>
    public required SttVersion CreatedWith { get; init; }

    /// <summary>Hidden transcriptions made for an evaluation (transcription1 / transcription2).</summary>
    public Guid? EvaluationId { get; init; }

    public IReadOnlyList<SourceResult> ResultsAt(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (!state.IsTerminal)
        {
            return [];
        }

        return _results ??= state.IsFailed
            ? [.. Sources.Select((s, i) => new SourceResult(i, s, false, null, TimeSpan.Zero))]
            : [.. Sources.Select((s, i) => TranscriptionResults.For(i, s, Locale, Options, state.EnteredAt, !CreatedWith.IsV3))];
    }

    public IReadOnlyList<SttFile> FilesAt(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (!state.IsTerminal)
        {
            return [];
        }

        if (_files is null)
        {
            var results = ResultsAt(now);
            var files = results.Where(r => r.Succeeded).Select(r => File($"contenturl_{r.Index}.json", "Transcription", state.EnteredAt, r.Content!)).ToList();
            files.Add(File("report.json", "TranscriptionReport", state.EnteredAt, TranscriptionResults.Report(results, state.Failure?.Message)));
            _files = files;
        }

        return _files;
    }

    private SttFile File(string name, string kind, DateTimeOffset createdAt, byte[] content) =>
        new($"transcriptions/{Id}/files/{SttFile.IdFor(Id, name)}", name, kind, createdAt, "transcriptions", $"{Id}/{name}", () => content);

    public object ToJson(SttRequest request)
    {
        var state = StateAt(request.Now);
        TimeSpan? duration = state is { IsTerminal: true, IsFailed: false }
            ? ResultsAt(request.Now).Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration)
            : null;
        return new TranscriptionJson(
            request.EntityUrl("transcriptions", Id),
            Model?.Reference(request),
            DatasetId is { } dataset ? request.Reference("datasets", dataset) : null,
            new TranscriptionLinks(request.Url($"transcriptions/{Id}/files")),
            Options.ToJson(request, duration, Error(state)),
            ProjectReference(request),
            Locale,
            DisplayName,
            Description,
            CustomProperties,
            state.Status,
            Timestamps.SpeechToText(CreatedAt),
            Timestamps.SpeechToText(state.EnteredAt));
    }

    private sealed record TranscriptionJson(
        string Self,
        EntityReference? Model,
        EntityReference? Dataset,
        TranscriptionLinks Links,
        System.Text.Json.Nodes.JsonObject Properties,
        EntityReference? Project,
        string Locale,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties,
        string Status,
        string CreatedDateTime,
        string LastActionDateTime);

    private sealed record TranscriptionLinks(string Files);
}
