using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Files;
using SpeechCustom.MockServer.SpeechToText.Transcriptions;

namespace SpeechCustom.MockServer.SpeechToText.Evaluations;

/// <summary>
/// An evaluation (test) of two models on one dataset. It owns two hidden transcriptions (transcription1/2, readable by
/// id); while it runs its error fields read -1 as the service shows them; once succeeded they hold
/// <see cref="EvaluationMetrics"/> per model, and the EvaluationDetails file lists every test sentence.
/// </summary>
internal sealed class SttEvaluation : SttEntity
{
    private IReadOnlyList<SttFile>? _files;

    public override SttEntityType EntityType => SttEntityType.Evaluation;

    public required ModelLink Model1 { get; init; }

    public required ModelLink Model2 { get; init; }

    public required string Model1Key { get; init; }

    public required string Model2Key { get; init; }

    public required string Model1BaseKey { get; init; }

    public required string Model2BaseKey { get; init; }

    public required Guid DatasetId { get; init; }

    /// <summary>An AudioFiles dataset has no transcripts: the evaluation transcribes it, but no error rates exist (they stay -1).</summary>
    public bool AudioOnly { get; init; }

    public required Guid Transcription1Id { get; init; }

    public required Guid Transcription2Id { get; init; }

    /// <summary>The dataset's reference sentences (audio name, transcript), captured at creation.</summary>
    public required IReadOnlyList<(string Audio, string Reference)> Sentences { get; init; }

    public EvaluationMetrics Metrics(int which) => EvaluationMetrics.For(
        which == 1 ? Model1Key : Model2Key,
        which == 1 ? Model1BaseKey : Model2BaseKey,
        DatasetId,
        Sentences.Count,
        Sentences.Sum(s => s.Reference.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length));

    public IReadOnlyList<SttFile> FilesAt(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (!state.IsTerminal || state.IsFailed)
        {
            return [];
        }

        return _files ??=
        [
            new SttFile(
                $"evaluations/{Id}/files/{SttFile.IdFor(Id, "evaluation.json")}",
                "evaluation.json",
                "EvaluationDetails",
                state.EnteredAt,
                "evaluations",
                $"{Id}/evaluation.json",
                () => JsonDefaults.Serialize(new
                {
                    model1 = Metrics(1),
                    model2 = Metrics(2),
                    sentences = Sentences.Select(s => new { audio = s.Audio, reference = s.Reference }),
                })),
        ];
    }

    public object ToJson(SttRequest request)
    {
        var state = StateAt(request.Now);
        var properties = new JsonObject();
        var succeeded = state is { IsTerminal: true, IsFailed: false };
        for (var which = 1; which <= 2; which++)
        {
            var m = succeeded && !AudioOnly ? Metrics(which) : null;
            properties[$"wordErrorRate{which}"] = m?.WordErrorRate ?? -1.0;
            properties[$"sentenceErrorRate{which}"] = m?.SentenceErrorRate ?? -1.0;
            if (m is not null && request.Version.HasTokenErrors)
            {
                properties[$"tokenErrorRate{which}"] = m.TokenErrorRate;
            }

            properties[$"sentenceCount{which}"] = m?.SentenceCount ?? -1;
            properties[$"wordCount{which}"] = m?.WordCount ?? -1;
            properties[$"correctWordCount{which}"] = m?.CorrectWordCount ?? -1;
            properties[$"wordSubstitutionCount{which}"] = m?.WordSubstitutionCount ?? -1;
            properties[$"wordDeletionCount{which}"] = m?.WordDeletionCount ?? -1;
            properties[$"wordInsertionCount{which}"] = m?.WordInsertionCount ?? -1;
            if (m is not null && request.Version.HasTokenErrors)
            {
                properties[$"tokenCount{which}"] = m.TokenCount;
                properties[$"correctTokenCount{which}"] = m.CorrectTokenCount;
                properties[$"tokenSubstitutionCount{which}"] = m.TokenSubstitutionCount;
                properties[$"tokenDeletionCount{which}"] = m.TokenDeletionCount;
                properties[$"tokenInsertionCount{which}"] = m.TokenInsertionCount;
                properties[$"tokenErrors{which}"] = TokenErrors(m.TokenEdits);
            }
        }

        if (Error(state) is { } error)
        {
            properties["error"] = new JsonObject { ["code"] = error.Code, ["message"] = error.Message };
        }

        return new EvaluationJson(
            request.EntityUrl("evaluations", Id),
            Model1.Reference(request),
            Model2.Reference(request),
            request.Reference("datasets", DatasetId),
            request.Reference("transcriptions", Transcription2Id),
            request.Reference("transcriptions", Transcription1Id),
            ProjectReference(request),
            new EvaluationLinks(request.Url($"evaluations/{Id}/files")),
            properties,
            Timestamps.SpeechToText(state.EnteredAt),
            state.Status,
            Timestamps.SpeechToText(CreatedAt),
            Locale,
            DisplayName,
            Description,
            CustomProperties);
    }

    private static JsonObject TokenErrors(TokenEdits edits)
    {
        JsonObject Summary(int count) => new()
        {
            ["numberOfEdits"] = count,
            ["percentageOfAllEdits"] = edits.Total == 0 ? 0.0 : Math.Round(100.0 * count / edits.Total, 1),
        };

        return new JsonObject
        {
            ["punctuation"] = Summary(edits.Punctuation),
            ["capitalization"] = Summary(edits.Capitalization),
            ["inverseTextNormalization"] = Summary(edits.InverseTextNormalization),
            ["lexical"] = Summary(edits.Lexical),
            ["others"] = Summary(edits.Others),
        };
    }

    private sealed record EvaluationJson(
        string Self,
        EntityReference Model1,
        EntityReference Model2,
        EntityReference Dataset,
        EntityReference Transcription2,
        EntityReference Transcription1,
        EntityReference? Project,
        EvaluationLinks Links,
        JsonObject Properties,
        string LastActionDateTime,
        string Status,
        string CreatedDateTime,
        string Locale,
        string DisplayName,
        string? Description,
        IReadOnlyDictionary<string, string>? CustomProperties);

    private sealed record EvaluationLinks(string Files);
}
