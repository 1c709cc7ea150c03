using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Querying;
using SpeechCustom.MockServer.SpeechToText.Datasets;
using SpeechCustom.MockServer.SpeechToText.Endpoints;
using SpeechCustom.MockServer.SpeechToText.Evaluations;
using SpeechCustom.MockServer.SpeechToText.Models;
using SpeechCustom.MockServer.SpeechToText.Transcriptions;

namespace SpeechCustom.MockServer.SpeechToText.Projects;

/// <summary>
/// Projects (v3.1, v3.2, 2025-10-15; on 2024-11-15 every project route answers like a missing route): POST, GET,
/// list, PATCH, DELETE (204 even when missing), locales, and the project's datasets, models, evaluations, endpoints
/// and transcriptions.
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
        projects.MapGet("/{id}/datasets", (HttpContext context, string id, MockServerState state) =>
            Sub(id, state, (store, project) => DatasetListing.Page(context, store.Datasets.Values.Where(d => d.ProjectId == project), state)));
        projects.MapGet("/{id}/models", (HttpContext context, string id, MockServerState state) =>
            Sub(id, state, (store, project) => SttModelEndpoints.Page(context, store.Models.Values.Where(m => m.ProjectId == project), state)));
        projects.MapGet("/{id}/evaluations", (HttpContext context, string id, MockServerState state) =>
            Sub(id, state, (store, project) => EvaluationRoutes.Page(context, store.Evaluations.Values.Where(e => e.ProjectId == project), state)));
        projects.MapGet("/{id}/endpoints", (HttpContext context, string id, MockServerState state) =>
            Sub(id, state, (store, project) => SttEndpointRoutes.Page(context, store.Endpoints.Values.Where(e => e.ProjectId == project), state)));
        projects.MapGet("/{id}/transcriptions", (HttpContext context, string id, MockServerState state) =>
            Sub(id, state, (store, project) => TranscriptionRoutes.Page(context, store.Transcriptions.Values.Where(t => t.ProjectId == project), state)));
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
            return SttList.Page(context, store.Projects.Values, Grammar, p => p.Field, p => p.ToJson(request, Counts(store, p.Id)));
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
            return ApiResponse.Json(201, project.ToJson(request, ProjectCounts.None)).WithHeader("Location", request.EntityUrl("projects", project.Id));
        }
    }

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var project = Find(store, id);
            return ApiResponse.Json(200, project.ToJson(request, Counts(store, project.Id)));
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
            return ApiResponse.Json(200, project.ToJson(request, Counts(store, project.Id)));
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

    /// <summary>A project's entities of one kind (404 when the project does not exist).</summary>
    private static ApiResponse Sub(string id, MockServerState state, Func<SpeechToTextStore, Guid, ApiResponse> page)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return page(store, Find(store, id).Id);
        }
    }

    private static SttProject Find(SpeechToTextStore store, string id) =>
        Guid.TryParse(id, out var guid) && store.Projects.TryGetValue(guid, out var project)
            ? project
            : throw SttErrors.NotFound("project", id);

    private static ProjectCounts Counts(SpeechToTextStore store, Guid projectId) => new(
        store.Datasets.Values.Count(d => d.ProjectId == projectId),
        store.Evaluations.Values.Count(e => e.ProjectId == projectId),
        store.Models.Values.Count(m => m.ProjectId == projectId),
        store.Transcriptions.Values.Count(t => t.ProjectId == projectId && !t.IsHidden),
        store.Endpoints.Values.Count(e => e.ProjectId == projectId));
}
