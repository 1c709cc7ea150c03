using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Querying;
using SpeechCustom.MockServer.SpeechToText.Datasets;

namespace SpeechCustom.MockServer.SpeechToText.Projects;

/// <summary>
/// Projects (v3.1, v3.2, 2025-10-15; on 2024-11-15 every project route answers like a missing route): POST, GET,
/// list, PATCH, DELETE (204 even when missing), locales, and the project's datasets.
/// </summary>
internal static class SttProjectEndpoints
{
    private static readonly FilterGrammar Grammar = new(
        [("displayName", FilterValueKind.Text), ("description", FilterValueKind.Text), ("locale", FilterValueKind.Text),
         ("foundryProjectName", FilterValueKind.Text), ("createdDateTime", FilterValueKind.Date)],
        allowOrAndNot: true);

    public static void Map(RouteGroupBuilder api)
    {
        var projects = api.MapGroup("/projects").AddEndpointFilter(RequireProjectsInVersion);
        projects.MapGet("/locales", Locales);
        projects.MapGet("", List);
        projects.MapPost("", Create);
        projects.MapGet("/{id}", Get);
        projects.MapPatch("/{id}", Update);
        projects.MapDelete("/{id}", Delete);
        projects.MapGet("/{id}/datasets", ListDatasets);
    }

    private static ValueTask<object?> RequireProjectsInVersion(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next) =>
        SttRequest.Of(invocation.HttpContext).Version.HasProjects ? next(invocation) : throw SttErrors.MissingRoute();

    private static ApiResponse Locales() =>
        ApiResponse.Json(200, new[] { "de-DE", "en-AU", "en-GB", "en-IN", "en-US", "es-ES", "fr-FR", "it-IT", "ja-JP", "zh-CN" });

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return SttList.Page(context, store.Projects.Values, Grammar, p => p.Field, p => p.ToJson(request, DatasetCount(store, p.Id)));
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var project = new SttProject
        {
            Id = Guid.NewGuid(),
            DisplayName = body.RequiredString("displayName"),
            Description = body.OptionalString("description"),
            Locale = SttFields.Locale(body),
            CustomProperties = SttFields.CustomProperties(body),
            FoundryProjectName = request.Version.HasFoundryProjectName ? body.OptionalString("foundryProjectName") : null,
            CreatedAt = Timestamps.ToSeconds(request.Now),
        };

        var store = state.SpeechToText;
        lock (store.Gate)
        {
            store.Projects.Add(project.Id, project);
            return ApiResponse.Json(201, project.ToJson(request, 0)).WithHeader("Location", request.EntityUrl("projects", project.Id));
        }
    }

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var project = Find(store, id);
            return ApiResponse.Json(200, project.ToJson(request, DatasetCount(store, project.Id)));
        }
    }

    private static ApiResponse Update(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var displayName = body.OptionalString("displayName", minLength: 1);
        var description = body.OptionalString("description");
        var customProperties = SttFields.CustomProperties(body);
        var foundryProjectName = request.Version.HasFoundryProjectName ? body.OptionalString("foundryProjectName") : null;
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var project = Find(store, id);
            project.DisplayName = displayName ?? project.DisplayName;
            project.Description = description ?? project.Description;
            project.CustomProperties = customProperties ?? project.CustomProperties;
            project.FoundryProjectName = foundryProjectName ?? project.FoundryProjectName;
            return ApiResponse.Json(200, project.ToJson(request, DatasetCount(store, project.Id)));
        }
    }

    private static ApiResponse Delete(string id, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (Guid.TryParse(id, out var guid))
            {
                store.Projects.Remove(guid);
            }

            return ApiResponse.Empty(204);
        }
    }

    private static ApiResponse ListDatasets(HttpContext context, string id, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var project = Find(store, id);
            return DatasetListing.Page(context, store.Datasets.Values.Where(d => d.ProjectId == project.Id), state);
        }
    }

    private static SttProject Find(SpeechToTextStore store, string id) =>
        Guid.TryParse(id, out var guid) && store.Projects.TryGetValue(guid, out var project)
            ? project
            : throw SttErrors.NotFound("project", id);

    private static int DatasetCount(SpeechToTextStore store, Guid projectId) =>
        store.Datasets.Values.Count(d => d.ProjectId == projectId);
}
