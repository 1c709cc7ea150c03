using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.Querying;
using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>
/// Models: locales, base models (list, get, manifest), custom models (create = train, list, get, PATCH, DELETE,
/// manifest, files). The copy operations are in <see cref="ModelCopyEndpoints"/>.
/// </summary>
internal static class SttModelEndpoints
{
    public static readonly FilterGrammar Grammar = new(
        [
            ("displayName", FilterValueKind.Text), ("description", FilterValueKind.Text), ("status", FilterValueKind.Text),
            ("locale", FilterValueKind.Text), ("createdDateTime", FilterValueKind.Date), ("lastActionDateTime", FilterValueKind.Date),
        ],
        allowOrAndNot: true);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/models/locales", (MockServerState state) => ApiResponse.Json(200, state.SpeechToText.BaseModels.Locales));
        api.MapGet("/models/base", ListBase);
        api.MapGet("/models/base/{id}", GetBase);
        api.MapGet("/models/base/{id}/manifest", BaseManifest);
        api.MapGet("/models", List);
        api.MapPost("/models", Create);
        SttEntityRoutes.MapGetAndUpdate(api, "models", Find, (e, request) => e.ToJson(request));
        api.MapDelete("/models/{id}", Delete);
        api.MapGet("/models/{id}/manifest", Manifest);
        SttEntityRoutes.MapFiles(api, "models", Find, (e, now) => e.FilesAt(now));
    }

    private static ApiResponse ListBase(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(context, state.SpeechToText.BaseModels.All, Grammar, m => m.Field, m => m.ToJson(request));
    }

    private static ApiResponse GetBase(HttpContext context, string id, MockServerState state) =>
        ApiResponse.Json(200, FindBase(state.SpeechToText, id).ToJson(SttRequest.Of(context)));

    private static ApiResponse BaseManifest(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version, required: !request.Version.IsV3);
        var model = FindBase(state.SpeechToText, id);
        if (!model.Capabilities.Containers)
        {
            throw SttErrors.InvalidRequest("InvalidModel", $"The base model '{model.DisplayName}' is not available for speech containers and has no manifest.");
        }

        return ManifestResponse(request, state, request.Reference("models/base", model.Id), model.Id, model.Locale, lifetime);
    }

    /// <summary>Callers hold the store lock.</summary>
    public static ApiResponse Page(HttpContext context, IEnumerable<SttModel> models, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(context, models, Grammar, m => name => m.Field(name, request.Now), m => m.ToJson(request), m => !m.StateAt(request.Now).IsTerminal, state.Options);
    }

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return Page(context, store.Models.Values, state);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var version = request.Version;
        var body = RequestBody.JsonObject(context);
        var displayName = body.RequiredString("displayName");
        var locale = SttFields.Locale(body);
        var baseReference = SttFields.Reference(body, "baseModel") ?? throw InvalidFieldException.Missing("baseModel");
        var datasetReferences = ReadReferences(body, "datasets");
        var text = version.IsV3 ? body.OptionalString("text") : null;
        var weight = body.OptionalObject("properties")?.OptionalInt("customModelWeightPercent", "properties.customModelWeightPercent");
        if (weight is < 1 or > 100)
        {
            throw InvalidFieldException.Invalid("properties.customModelWeightPercent", "a value from 1 to 100 is expected.");
        }

        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        var projectId = SttFields.ReferenceId(body, "project");
        if (datasetReferences.Count == 0 && string.IsNullOrEmpty(text))
        {
            throw SttErrors.InvalidRequest("InvalidPayload", version.IsV3
                ? "A model needs adaptation data: at least one dataset in 'datasets' or the 'text' property."
                : "A model needs adaptation data: at least one dataset in 'datasets'.", "datasets");
        }

        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, projectId);
            var baseModel = (baseReference.IsBaseModel ? store.BaseModels.Find(baseReference.Id) : null)
                ?? throw SttErrors.InvalidRequest("InvalidBaseModel", $"The base model '{baseReference.Self}' does not exist; use the self URL of a model from GET /models/base.", "baseModel");
            if (!string.Equals(baseModel.Locale, locale, StringComparison.OrdinalIgnoreCase))
            {
                throw SttErrors.InvalidRequest("ModelMismatch", $"The base model '{baseModel.DisplayName}' has locale {baseModel.Locale}, which does not match the model's locale {locale}.", "baseModel");
            }

            if (baseModel.AdaptationDeprecation <= request.Now)
            {
                throw SttErrors.InvalidRequest("ModelDeprecated", $"The base model '{baseModel.DisplayName}' can no longer be adapted: adaptation was retired on {Timestamps.SpeechToText(baseModel.AdaptationDeprecation)}. Choose a newer base model.", "baseModel");
            }

            var datasets = datasetReferences.Select((reference, i) => RequireDataset(store, reference, $"datasets[{i}]", baseModel, locale, request.Now)).ToList();
            var model = new SttModel
            {
                Id = Guid.NewGuid(),
                DisplayName = displayName,
                Description = body.OptionalString("description"),
                Locale = baseModel.Locale,
                CustomProperties = SttFields.CustomProperties(body),
                ProjectId = projectId,
                CreatedAt = Timestamps.ToSeconds(request.Now),
                BaseModel = baseModel,
                DatasetIds = [.. datasets.Select(d => d.Id)],
                Text = text,
                CustomModelWeightPercent = weight,
                TrainingData = [.. datasets.Select(d => (object)new { dataset = d.DisplayName, kind = d.Kind })],
            };
            model.Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.SpeechToTextModel, model.DisplayName, model.Id.ToString());
            store.Models.Add(model.Id, model);
            state.Announce(model, request.Now);
            return ApiResponse.Json(201, model.ToJson(request)).WithHeader("Location", request.EntityUrl("models", model.Id));
        }
    }

    private static SttDataset RequireDataset(SpeechToTextStore store, SttReference reference, string field, SttBaseModel baseModel, string locale, DateTimeOffset now)
    {
        if (!store.Datasets.TryGetValue(reference.Id, out var dataset))
        {
            throw SttErrors.InvalidRequest("InvalidDataset", $"The dataset '{reference.Id}' ({field}) does not exist or is not accessible.", field);
        }

        if (dataset.StateAt(now).IsFailed)
        {
            throw SttErrors.InvalidRequest("FailedDataset", $"The dataset '{dataset.DisplayName}' ({field}) failed to import and cannot be used for training.", field);
        }

        if (!baseModel.AdaptationKinds.Contains(dataset.Kind))
        {
            throw SttErrors.InvalidRequest("InvalidDataset", $"The base model '{baseModel.DisplayName}' does not support adaptation with {dataset.Kind} datasets ({field}); it supports {string.Join(", ", baseModel.AdaptationKinds)}.", field);
        }

        if (!string.Equals(dataset.Locale, locale, StringComparison.OrdinalIgnoreCase))
        {
            throw SttErrors.InvalidRequest("ModelMismatch", $"The dataset '{dataset.DisplayName}' ({field}) has locale {dataset.Locale}, which does not match the model's locale {locale}.", field);
        }

        return dataset;
    }

    private static List<SttReference> ReadReferences(JsonObject body, string name)
    {
        var array = body.OptionalArray(name);
        if (array is null)
        {
            return [];
        }

        var references = new List<SttReference>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i] as JsonObject ?? throw InvalidFieldException.Invalid($"{name}[{i}]", "an object {\"self\": \"<url>\"} is expected.");
            references.Add(SttFields.Reference(new JsonObject { ["r"] = item.DeepClone() }, "r", $"{name}[{i}]")!);
        }

        return references;
    }

    private static ApiResponse Delete(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (!Guid.TryParse(id, out var guid) || !store.Models.TryGetValue(guid, out var model))
            {
                return ApiResponse.Empty(204);
            }

            if (store.EndpointUsing(guid) is { } endpoint)
            {
                throw SttErrors.InvalidRequest("InUseViolation", $"The model '{model.DisplayName}' is deployed to the endpoint '{endpoint}'; delete the endpoint or deploy another model to it first.");
            }

            store.Models.Remove(guid);
            state.Blobs.RemovePrefix("models", $"{guid}/");
            state.AnnounceDeletion(model, request);
            return ApiResponse.Empty(204);
        }
    }

    private static ApiResponse Manifest(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version, required: !request.Version.IsV3);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var model = Find(store, id);
            var modelState = model.StateAt(request.Now);
            if (!modelState.IsTerminal || modelState.IsFailed)
            {
                throw SttErrors.InvalidRequest("ModelDeploymentNotCompleteState", $"The model '{model.DisplayName}' has status {modelState.Status}; a manifest exists only for models that succeeded.");
            }

            if (!model.BaseModel.Capabilities.Containers)
            {
                throw SttErrors.InvalidRequest("InvalidModel", $"The model '{model.DisplayName}' is not available for speech containers and has no manifest.");
            }

            return ManifestResponse(request, state, request.Reference("models", model.Id), model.Id, model.Locale, lifetime);
        }
    }

    private static ApiResponse ManifestResponse(SttRequest request, MockServerState state, EntityReference reference, Guid modelId, string locale, TimeSpan lifetime)
    {
        var files = SttModel.ManifestFiles(modelId).Select(file =>
        {
            var path = $"{modelId}/manifest/{file.Name}";
            state.Blobs.Put("models", path, file.Content);
            return new ModelFileJson(file.Name, state.Blobs.SasUrl(request.Origin, "models", path, request.Now, lifetime));
        }).ToList();
        return ApiResponse.Json(200, new ModelManifestJson(reference, files, new Dictionary<string, object> { ["locale"] = locale, ["format"] = "speech-container-v1" }));
    }

    public static SttBaseModel FindBase(SpeechToTextStore store, string id) =>
        Guid.TryParse(id, out var guid) && store.BaseModels.Find(guid) is { } model ? model : throw SttErrors.NotFound("base model", id);

    /// <summary>Callers hold the store lock.</summary>
    public static SttModel Find(SpeechToTextStore store, string id) => SttEntityRoutes.Find(store.Models, id, "model");

    private sealed record ModelManifestJson(EntityReference Model, IReadOnlyList<ModelFileJson> ModelFiles, IReadOnlyDictionary<string, object> Properties);

    private sealed record ModelFileJson(string Name, string ContentUrl);
}
