using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Files;
using SpeechCustom.MockServer.SpeechToText.Models;

namespace SpeechCustom.MockServer.SpeechToText.Transcriptions;

/// <summary>
/// Batch transcriptions: v3.x POST /transcriptions, 2024-11-15+ POST /transcriptions:submit (each answers like a
/// missing route on the other versions), list, get, PATCH, DELETE, files, locales.
/// </summary>
internal static class TranscriptionRoutes
{
    private const int MaxContentUrls = 1000;
    private const int ContainerFiles = 3;
    private const int MaxDatasetFiles = 10;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/transcriptions/locales", Locales);
        api.MapGet("/transcriptions", List);
        api.MapPost("/transcriptions", (HttpContext context, MockServerState state) =>
            SttRequest.Of(context).Version.IsV3 ? Create(context, state) : throw SttErrors.MissingRoute());
        api.MapPost("/transcriptions:submit", (HttpContext context, MockServerState state) =>
            SttRequest.Of(context).Version.IsV3 ? throw SttErrors.MissingRoute() : Create(context, state));
        SttEntityRoutes.MapGetAndUpdate(api, "transcriptions", Find, (e, request) => e.ToJson(request));
        SttEntityRoutes.MapDelete(api, "transcriptions", store => store.Transcriptions);
        SttEntityRoutes.MapFiles(api, "transcriptions", Find, (e, now) => e.FilesAt(now));
    }

    private static ApiResponse Locales(HttpContext context, MockServerState state)
    {
        var locales = state.SpeechToText.BaseModels.Locales;
        return SttRequest.Of(context).Version.IsV3
            ? ApiResponse.Json(200, locales)
            : ApiResponse.Json(200, new Dictionary<string, IReadOnlyList<string>> { ["Transcribe"] = locales, ["Submit"] = locales });
    }

    /// <summary>Callers hold the store lock.</summary>
    public static ApiResponse Page(HttpContext context, IEnumerable<SttTranscription> transcriptions, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(context, transcriptions.Where(t => !t.IsHidden), SttModelEndpoints.Grammar, t => name => t.Field(name, request.Now), t => t.ToJson(request), t => !t.StateAt(request.Now).IsTerminal, state.Options);
    }

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return Page(context, store.Transcriptions.Values, state);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var version = request.Version;
        var body = RequestBody.JsonObject(context);
        var displayName = body.RequiredString("displayName");
        var locale = SttFields.Locale(body);
        var options = TranscriptionOptions.Read(body.OptionalObject("properties"), version);
        var contentUrls = ContentUrls(body);
        var container = body.OptionalHttpUrl("contentContainerUrl");
        var datasetReference = SttFields.Reference(body, "dataset");
        if ((contentUrls is null ? 0 : 1) + (container is null ? 0 : 1) + (datasetReference is null ? 0 : 1) != 1)
        {
            throw SttErrors.InvalidRequest("OnlyOneOfUrlsOrContainerOrDataset", "Exactly one of contentUrls, contentContainerUrl or dataset must be given.");
        }

        var modelReference = SttFields.Reference(body, "model");
        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        var projectId = SttFields.ReferenceId(body, "project");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, projectId);
            ModelLink? model = null;
            if (modelReference is not null)
            {
                var resolved = ModelReferences.Resolve(store, modelReference, "model", request.Now);
                ModelReferences.RequireLocale(resolved, locale, "model");
                model = ModelLink.Of(resolved);
            }

            foreach (var (mappedLocale, reference) in options.LanguageIdentification?.Mapping ?? new Dictionary<string, SttReference>())
            {
                ModelReferences.RequireLocale(ModelReferences.Resolve(store, reference, $"properties.languageIdentification.speechModelMapping.{mappedLocale}", request.Now), mappedLocale, $"properties.languageIdentification.speechModelMapping.{mappedLocale}");
            }

            var sources = contentUrls
                ?? (container is not null ? ContainerSources(container) : DatasetSources(store, datasetReference!, request.Now));
            var transcription = New(state, request, displayName, body.OptionalString("description"), locale, SttFields.CustomProperties(body), projectId, model, datasetReference?.Id, sources, options, null);
            store.Transcriptions.Add(transcription.Id, transcription);
            state.Announce(transcription, request.Now);
            return ApiResponse.Json(201, transcription.ToJson(request)).WithHeader("Location", request.EntityUrl("transcriptions", transcription.Id));
        }
    }

    /// <summary>A new transcription with its work started (also used for an evaluation's hidden transcriptions).</summary>
    public static SttTranscription New(
        MockServerState state,
        SttRequest request,
        string displayName,
        string? description,
        string locale,
        Dictionary<string, string>? customProperties,
        Guid? projectId,
        ModelLink? model,
        Guid? datasetId,
        IReadOnlyList<string> sources,
        TranscriptionOptions options,
        Guid? evaluationId)
    {
        var transcription = new SttTranscription
        {
            Id = Guid.NewGuid(),
            DisplayName = displayName,
            Description = description,
            Locale = locale,
            CustomProperties = customProperties,
            ProjectId = projectId,
            CreatedAt = Timestamps.ToSeconds(request.Now),
            Model = model,
            DatasetId = datasetId,
            Sources = sources,
            Options = options,
            CreatedWith = request.Version,
            EvaluationId = evaluationId,
            IsHidden = evaluationId is not null,
        };
        var allFail = sources.All(TranscriptionResults.SourceFails);
        transcription.Work = state.StartWork(request.Now, WorkPlan.Standard, () =>
            state.Failures.Match(FailureKind.SpeechToTextTranscription, displayName, transcription.Id.ToString())
            ?? (allFail ? new FailureReason("InvalidData", $"None of the {sources.Count} audio file(s) could be transcribed. {TranscriptionResults.FailedSourceMessage}") : null));
        return transcription;
    }

    private static List<string>? ContentUrls(JsonObject body)
    {
        var array = body.OptionalArray("contentUrls");
        if (array is null)
        {
            return null;
        }

        if (array.Count == 0)
        {
            throw SttErrors.InvalidRequest("InvalidRecordingsUri", "contentUrls must list at least one URL.", "contentUrls");
        }

        if (array.Count > MaxContentUrls)
        {
            throw SttErrors.InvalidRequest("ExceededNumberOfRecordingsUris", $"Up to {MaxContentUrls} urls are allowed in contentUrls; {array.Count} were given.", "contentUrls");
        }

        var urls = new List<string>(array.Count);
        foreach (var item in array)
        {
            var text = item is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
            if (text is null || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw SttErrors.InvalidRequest("InvalidRecordingsUri", $"'{item}' in contentUrls is not an absolute http or https URL.", "contentUrls");
            }

            urls.Add(text);
        }

        return urls;
    }

    /// <summary>The mock cannot list a real container: it pretends it holds recording_1.wav .. recording_3.wav.</summary>
    private static List<string> ContainerSources(Uri container)
    {
        var root = container.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return [.. Enumerable.Range(1, ContainerFiles).Select(n => $"{root}/recording_{n}.wav")];
    }

    /// <summary>The audio files of an Acoustic or AudioFiles dataset (at most 10).</summary>
    public static List<string> DatasetSources(SpeechToTextStore store, SttReference reference, DateTimeOffset now, string field = "dataset")
    {
        if (!store.Datasets.TryGetValue(reference.Id, out var dataset))
        {
            throw SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{reference.Id}' does not exist or is not accessible.", field);
        }

        if (dataset.StateAt(now).IsFailed)
        {
            throw SttErrors.InvalidRequest("FailedDataset", $"The dataset '{dataset.DisplayName}' failed to import.", field);
        }

        if (dataset.Kind is not (DatasetKinds.Acoustic or DatasetKinds.AudioFiles))
        {
            throw SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{dataset.DisplayName}' is a {dataset.Kind} dataset; only Acoustic and AudioFiles datasets hold audio.", field);
        }

        if (dataset.Data is null)
        {
            throw SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{dataset.DisplayName}' has no data yet: upload and commit its blocks first.", field);
        }

        var names = dataset.Data.Analysis.AudioNames.Take(MaxDatasetFiles).ToList();
        return names.Count > 0 ? names : [dataset.Data.FileName];
    }

    /// <summary>Callers hold the store lock.</summary>
    public static SttTranscription Find(SpeechToTextStore store, string id) => SttEntityRoutes.Find(store.Transcriptions, id, "transcription");
}
