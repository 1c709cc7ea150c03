using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>Datasets: POST (201 + Location), GET (+Retry-After), list, PATCH, DELETE (204 even when missing), locales.</summary>
internal static class DatasetEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/datasets/locales", Locales);
        api.MapGet("/datasets", List);
        api.MapPost("/datasets", Create);
        api.MapGet("/datasets/{id}", Get);
        api.MapPatch("/datasets/{id}", Update);
        api.MapDelete("/datasets/{id}", Delete);
    }

    private static ApiResponse Locales(HttpContext context) =>
        ApiResponse.Json(200, DatasetKinds.Locales(SttRequest.Of(context).Version));

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return DatasetListing.Page(context, store.Datasets.Values, state);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var input = DatasetInput.Read(RequestBody.JsonObject(context), request.Version);
        var now = Timestamps.ToSeconds(request.Now);
        var dataset = new SttDataset
        {
            Id = Guid.NewGuid(),
            Kind = input.Kind,
            DisplayName = input.DisplayName,
            Description = input.Description,
            Locale = input.Locale,
            CustomProperties = input.CustomProperties,
            ContentUrl = input.ContentUrl,
            ProjectId = input.ProjectId,
            TextNormalizationKind = input.TextNormalizationKind,
            CreatedAt = now,
            Blocks = input.ContentUrl is null ? new DatasetBlocks() : null,
        };
        if (input.ContentUrl is not null)
        {
            dataset.Work = StartImport(state, dataset, request.Now);
        }

        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, input.ProjectId);
            store.Datasets.Add(dataset.Id, dataset);
            var self = request.EntityUrl("datasets", dataset.Id);
            return ApiResponse.Json(201, dataset.ToJson(request)).WithHeader("Location", self);
        }
    }

    /// <summary>The import of a dataset; fails when its displayName is a registered failure or contains "fail-me".</summary>
    public static LongRunningWork StartImport(MockServerState state, SttDataset dataset, DateTimeOffset start) =>
        state.StartWork(start, WorkPlan.Standard, FailureKind.SpeechToTextDataset, dataset.DisplayName, dataset.Id.ToString());

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var dataset = Find(store, id);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, dataset.ToJson(request)), dataset.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    private static ApiResponse Update(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var displayName = body.OptionalString("displayName", minLength: 1);
        var description = body.OptionalString("description");
        var customProperties = SttFields.CustomProperties(body);
        if (!request.Version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {request.Version.Value}.");
        }

        var projectId = SttFields.ReferenceId(body, "project");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var dataset = Find(store, id);
            SttProjectReferences.Require(store, projectId);
            dataset.DisplayName = displayName ?? dataset.DisplayName;
            dataset.Description = description ?? dataset.Description;
            dataset.CustomProperties = customProperties ?? dataset.CustomProperties;
            dataset.ProjectId = projectId ?? dataset.ProjectId;
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, dataset.ToJson(request)), dataset.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    private static ApiResponse Delete(string id, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (Guid.TryParse(id, out var guid))
            {
                store.Datasets.Remove(guid);
            }

            return ApiResponse.Empty(204);
        }
    }

    /// <summary>Callers hold the store lock.</summary>
    public static SttDataset Find(SpeechToTextStore store, string id) =>
        Guid.TryParse(id, out var guid) && store.Datasets.TryGetValue(guid, out var dataset)
            ? dataset
            : throw SttErrors.NotFound("dataset", id);
}
