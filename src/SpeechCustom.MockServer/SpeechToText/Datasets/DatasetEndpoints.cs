using System.Text.Json;
using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// Datasets: POST (201 + Location), v3.x multipart POST /datasets/upload, GET (+Retry-After), list, PATCH, DELETE
/// (204 even when missing), locales, and the files (data file + DatasetReport).
/// </summary>
internal static class DatasetEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/datasets/locales", Locales);
        api.MapGet("/datasets", List);
        api.MapPost("/datasets", Create);
        api.MapPost("/datasets/upload", Upload);
        SttEntityRoutes.MapGetAndUpdate(api, "datasets", Find, (e, request) => e.ToJson(request));
        SttEntityRoutes.MapDelete(api, "datasets", store => store.Datasets);
        SttEntityRoutes.MapFiles(api, "datasets", Find, (e, now) => e.FilesAt(now));
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
        var dataset = New(input, request);
        if (input.ContentUrl is not null)
        {
            dataset.Data = DatasetData.Generated(input.Kind, input.Locale, input.ContentUrl);
            dataset.Work = StartImport(state, dataset, request.Now);
        }

        return Add(state, request, dataset, input.ProjectId);
    }

    /// <summary>v3.x Datasets_Upload: multipart form with displayName, locale, kind (required), project, description, customProperties (JSON text), data (file), email.</summary>
    private static async Task<ApiResponse> Upload(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        if (!request.Version.IsV3)
        {
            throw SttErrors.MissingRoute();
        }

        var form = await FormFields.ReadMultipartAsync(context, () => new ApiException(new ApiError(415, "UnsupportedMediaType", "The request must be multipart/form-data.")));
        var body = new JsonObject
        {
            ["displayName"] = form.RequiredString("displayName"),
            ["locale"] = form.RequiredString("locale"),
            ["kind"] = form.RequiredString("kind"),
            ["description"] = form.OptionalString("description"),
        };
        if (form.OptionalString("project") is { } project)
        {
            body["project"] = new JsonObject { ["self"] = project };
        }

        if (form.OptionalString("customProperties") is { } customProperties)
        {
            try
            {
                body["customProperties"] = JsonNode.Parse(customProperties);
            }
            catch (JsonException ex)
            {
                throw InvalidFieldException.Invalid("customProperties", $"a JSON object of strings is expected ({ex.Message}).");
            }
        }

        var input = DatasetInput.Read(body, request.Version);
        var file = form.Files.GetFile("data") ?? throw InvalidFieldException.Missing("data");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, context.RequestAborted);
        var bytes = copy.ToArray();
        var dataset = New(input, request, blockUpload: false);
        var name = Path.GetFileName(file.FileName);
        dataset.Data = new DatasetData(name.Length > 0 ? name : DatasetData.DefaultFileName(input.Kind), DatasetDataSource.Multipart, 0, input.Kind, input.Locale, () => bytes);
        dataset.Work = StartImport(state, dataset, request.Now);
        return Add(state, request, dataset, input.ProjectId);
    }

    private static SttDataset New(DatasetInput input, SttRequest request, bool? blockUpload = null) => new()
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
        CreatedAt = Timestamps.ToSeconds(request.Now),
        Blocks = (blockUpload ?? input.ContentUrl is null) ? new DatasetBlocks() : null,
    };

    private static ApiResponse Add(MockServerState state, SttRequest request, SttDataset dataset, Guid? projectId)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, projectId);
            store.Datasets.Add(dataset.Id, dataset);
            state.Announce(dataset, request.Now);
            var self = request.EntityUrl("datasets", dataset.Id);
            return ApiResponse.Json(201, dataset.ToJson(request)).WithHeader("Location", self);
        }
    }

    /// <summary>The import of a dataset; fails when its displayName is a registered failure or contains "fail-me".</summary>
    public static LongRunningWork StartImport(MockServerState state, SttDataset dataset, DateTimeOffset start) =>
        state.StartWork(start, WorkPlan.Standard, FailureKind.SpeechToTextDataset, dataset.DisplayName, dataset.Id.ToString());

    /// <summary>Callers hold the store lock.</summary>
    public static SttDataset Find(SpeechToTextStore store, string id) => SttEntityRoutes.Find(store.Datasets, id, "dataset");
}
