using SpeechCustom.MockServer.CustomVoice.Operations;
using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.CustomVoice.Endpoints;

/// <summary>
/// Endpoints (ids are GUIDs): PUT deploys (long-running), GET, list, DELETE, and POST {id}:suspend / {id}:resume
/// (202 with the endpoint body, long-running).
/// </summary>
internal static class VoiceEndpointEndpoints
{
    private static readonly string[] Kinds = [VoiceEndpoint.HighPerformance, VoiceEndpoint.FastResume];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/endpoints", List);
        api.MapGet("/endpoints/{id}", Get);
        api.MapPut("/endpoints/{id}", Create);
        api.MapDelete("/endpoints/{id}", Delete);
        api.MapPost("/endpoints/{id}:suspend", Suspend);
        api.MapPost("/endpoints/{id}:resume", Resume);
    }

    private static ApiResponse List(HttpContext context, MockServerState state) =>
        VoiceResourceResponses.List(context, state, store => store.Endpoints.Values);

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var guid = CustomVoiceIds.RequireGuid(id);
        return VoiceResourceResponses.Get(context, state, "endpoint", id, store => store.Endpoints.GetValueOrDefault(guid));
    }

    private static ApiResponse Create(HttpContext context, string id, MockServerState state)
    {
        var guid = CustomVoiceIds.RequireGuid(id);
        var request = CustomVoiceRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var kindText = body.OptionalObject("properties")?.OptionalString("kind", "properties.kind");
        var kind = kindText is null ? null : Kinds.FirstOrDefault(k => string.Equals(k, kindText, StringComparison.OrdinalIgnoreCase))
            ?? throw InvalidFieldException.Invalid("properties.kind", $"'{kindText}' is not one of {string.Join(", ", Kinds)}.");
        var displayName = body.OptionalString("displayName", minLength: 1);
        var description = body.OptionalString("description");
        var projectId = CustomVoiceIds.Require(body.RequiredString("projectId"), "projectId");
        var modelId = CustomVoiceIds.Require(body.RequiredString("modelId"), "modelId");

        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, _ =>
        {
            if (store.Endpoints.ContainsKey(guid))
            {
                throw CustomVoiceErrors.AlreadyExists("endpoint", id);
            }

            store.RequireProject(projectId);
            var model = store.Models.GetValueOrDefault(modelId);
            if (model is null || model.ProjectId != projectId)
            {
                throw CustomVoiceErrors.BadArgument($"The model '{modelId}' does not exist in project '{projectId}'.", "modelId");
            }

            if (model.Work.StateAt(request.Now) is not { IsTerminal: true, IsFailed: false })
            {
                throw CustomVoiceErrors.BadRequest($"The model '{modelId}' cannot be deployed: its training has not succeeded (status {model.Work.StateAt(request.Now).Status}).");
            }

            var now = Timestamps.ToMilliseconds(request.Now);
            var endpoint = new VoiceEndpoint
            {
                Id = guid,
                DisplayName = displayName,
                Description = description,
                ProjectId = projectId,
                ModelId = modelId,
                Kind = kind,
                CreatedAt = now,
                Work = state.StartWork(request.Now, WorkPlan.Standard, FailureKind.VoiceEndpoint, guid.ToString(), displayName),
            };
            store.Endpoints.Add(guid, endpoint);
            return new StartedWork(endpoint.Work, ApiResponse.Json(201, endpoint.ToJson(request.Version, request.Now)));
        });
    }

    private static ApiResponse Suspend(HttpContext context, string id, MockServerState state) =>
        ChangeState(context, id, state, requiredStatus: ResourceStatus.Succeeded, WorkPlan.Suspend, "suspended");

    private static ApiResponse Resume(HttpContext context, string id, MockServerState state) =>
        ChangeState(context, id, state, requiredStatus: ResourceStatus.Disabled, WorkPlan.Resume, "resumed");

    private static ApiResponse ChangeState(HttpContext context, string id, MockServerState state, string requiredStatus, WorkPhase[] plan, string verb)
    {
        var guid = CustomVoiceIds.RequireGuid(id);
        var request = CustomVoiceRequest.Of(context);
        var store = state.CustomVoice;
        return LongRunningRequests.Run(context, store, _ =>
        {
            var endpoint = store.Endpoints.GetValueOrDefault(guid) ?? throw CustomVoiceErrors.NotFound("endpoint", id);
            var current = endpoint.Work.StateAt(request.Now);
            if (current.Status != requiredStatus)
            {
                throw CustomVoiceErrors.BadRequest($"The endpoint '{id}' can be {verb} only when its status is {requiredStatus}; it is {current.Status}.");
            }

            endpoint.Work = state.StartInfallibleWork(request.Now, plan);
            return new StartedWork(endpoint.Work, ApiResponse.Json(202, endpoint.ToJson(request.Version, request.Now)));
        });
    }

    private static ApiResponse Delete(string id, MockServerState state)
    {
        var guid = CustomVoiceIds.RequireGuid(id);
        return VoiceResourceResponses.Delete(state, "endpoint", id, store => store.Endpoints.Remove(guid));
    }
}
