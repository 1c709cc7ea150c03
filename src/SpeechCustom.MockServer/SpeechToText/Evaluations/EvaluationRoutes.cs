using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Content;
using SpeechCustom.MockServer.SpeechToText.Files;
using SpeechCustom.MockServer.SpeechToText.Models;
using SpeechCustom.MockServer.SpeechToText.Transcriptions;

namespace SpeechCustom.MockServer.SpeechToText.Evaluations;

/// <summary>Evaluations: locales, create (model1, model2, dataset required), list, get, PATCH, DELETE, files.</summary>
internal static class EvaluationRoutes
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/evaluations/locales", (MockServerState state) => ApiResponse.Json(200, state.SpeechToText.BaseModels.Locales));
        api.MapGet("/evaluations", List);
        api.MapPost("/evaluations", Create);
        SttEntityRoutes.MapGetAndUpdate(api, "evaluations", Find, (e, request) => e.ToJson(request));
        api.MapDelete("/evaluations/{id}", Delete);
        SttEntityRoutes.MapFiles(api, "evaluations", Find, (e, now) => e.FilesAt(now));
    }

    /// <summary>Callers hold the store lock.</summary>
    public static ApiResponse Page(HttpContext context, IEnumerable<SttEvaluation> evaluations, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(context, evaluations, SttModelEndpoints.Grammar, e => name => e.Field(name, request.Now), e => e.ToJson(request), e => !e.StateAt(request.Now).IsTerminal, state.Options);
    }

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return Page(context, store.Evaluations.Values, state);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var version = request.Version;
        var body = RequestBody.JsonObject(context);
        var displayName = body.RequiredString("displayName");
        var locale = SttFields.Locale(body);
        var model1Reference = SttFields.Reference(body, "model1") ?? throw InvalidFieldException.Missing("model1");
        var model2Reference = SttFields.Reference(body, "model2") ?? throw InvalidFieldException.Missing("model2");
        var datasetReference = SttFields.Reference(body, "dataset") ?? throw InvalidFieldException.Missing("dataset");
        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        var projectId = SttFields.ReferenceId(body, "project");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, projectId);
            var model1 = ModelReferences.Resolve(store, model1Reference, "model1", request.Now);
            ModelReferences.RequireLocale(model1, locale, "model1");
            var model2 = ModelReferences.Resolve(store, model2Reference, "model2", request.Now);
            ModelReferences.RequireLocale(model2, locale, "model2");
            var sources = TranscriptionRoutes.DatasetSources(store, datasetReference, request.Now);
            var dataset = store.Datasets[datasetReference.Id];
            if (!string.Equals(dataset.Locale, locale, StringComparison.OrdinalIgnoreCase))
            {
                throw SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{dataset.DisplayName}' has locale {dataset.Locale}, which does not match the evaluation's locale {locale}.", "dataset");
            }

            var evaluationId = Guid.NewGuid();
            var seed = Deterministic.Hash(dataset.Id.ToString());
            var sentences = dataset.Data!.Analysis.Lines.Where(l => l.IsAccepted).Select((line, i) =>
            {
                var parts = line.Text.Split('\t', 2);
                return (parts[0], parts.Length > 1 ? parts[1] : SampleSentences.Pick(locale, seed, i).Lexical);
            }).ToList();
            var transcription1 = TranscriptionRoutes.New(state, request, $"{displayName} (model1)", null, locale, null, projectId, ModelLink.Of(model1), dataset.Id, sources, TranscriptionOptions.Defaults, evaluationId);
            var transcription2 = TranscriptionRoutes.New(state, request, $"{displayName} (model2)", null, locale, null, projectId, ModelLink.Of(model2), dataset.Id, sources, TranscriptionOptions.Defaults, evaluationId);
            store.Transcriptions.Add(transcription1.Id, transcription1);
            store.Transcriptions.Add(transcription2.Id, transcription2);
            var evaluation = new SttEvaluation
            {
                Id = evaluationId,
                DisplayName = displayName,
                Description = body.OptionalString("description"),
                Locale = locale,
                CustomProperties = SttFields.CustomProperties(body),
                ProjectId = projectId,
                CreatedAt = Timestamps.ToSeconds(request.Now),
                Model1 = ModelLink.Of(model1),
                Model2 = ModelLink.Of(model2),
                Model1Key = model1.Key,
                Model2Key = model2.Key,
                Model1BaseKey = model1.BaseKey,
                Model2BaseKey = model2.BaseKey,
                DatasetId = dataset.Id,
                AudioOnly = string.Equals(dataset.Kind, "AudioFiles", StringComparison.OrdinalIgnoreCase),
                Transcription1Id = transcription1.Id,
                Transcription2Id = transcription2.Id,
                Sentences = sentences,
            };
            evaluation.Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.SpeechToTextEvaluation, displayName, evaluationId.ToString());
            store.Evaluations.Add(evaluation.Id, evaluation);
            state.Announce(evaluation, request.Now);
            return ApiResponse.Json(201, evaluation.ToJson(request)).WithHeader("Location", request.EntityUrl("evaluations", evaluation.Id));
        }
    }

    /// <summary>Deletes the evaluation and its two transcriptions (204 also when it did not exist).</summary>
    private static ApiResponse Delete(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (Guid.TryParse(id, out var guid) && store.Evaluations.Remove(guid, out var evaluation))
            {
                foreach (var transcriptionId in new[] { evaluation.Transcription1Id, evaluation.Transcription2Id })
                {
                    store.Transcriptions.Remove(transcriptionId);
                    state.Blobs.RemovePrefix("transcriptions", $"{transcriptionId}/");
                }

                state.Blobs.RemovePrefix("evaluations", $"{guid}/");
                state.AnnounceDeletion(evaluation, request);
            }

            return ApiResponse.Empty(204);
        }
    }

    /// <summary>Callers hold the store lock.</summary>
    public static SttEvaluation Find(SpeechToTextStore store, string id) => SttEntityRoutes.Find(store.Evaluations, id, "evaluation");
}
