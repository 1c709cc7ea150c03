using SpeechCustom.MockServer.Failures;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Models;

namespace SpeechCustom.MockServer.SpeechToText.Endpoints;

/// <summary>Endpoints (speech to text): locales, create (deploy), list, get, PATCH (another model redeploys), DELETE.</summary>
internal static class SttEndpointRoutes
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/endpoints/locales", (MockServerState state) => ApiResponse.Json(200, state.SpeechToText.BaseModels.Locales));
        api.MapGet("/endpoints", List);
        api.MapPost("/endpoints", Create);
        api.MapGet("/endpoints/{id}", Get);
        api.MapPatch("/endpoints/{id}", Update);
        SttEntityRoutes.MapDelete(api, "endpoints", store => store.Endpoints);
        EndpointLogRoutes.Map(api);
    }

    /// <summary>Callers hold the store lock.</summary>
    public static ApiResponse Page(HttpContext context, IEnumerable<SttEndpoint> endpoints, MockServerState state)
    {
        var request = SttRequest.Of(context);
        return SttList.Page(context, endpoints, SttModelEndpoints.Grammar, e => name => e.Field(name, request.Now), e => e.ToJson(request, state.Options.Region), e => !e.StateAt(request.Now).IsTerminal, state.Options);
    }

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return Page(context, store.Endpoints.Values, state);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var version = request.Version;
        var body = RequestBody.JsonObject(context);
        var displayName = body.RequiredString("displayName");
        var locale = SttFields.Locale(body);
        var modelReference = SttFields.Reference(body, "model");
        var properties = body.OptionalObject("properties");
        var logging = properties?.OptionalBool("loggingEnabled", "properties.loggingEnabled") ?? false;
        var timeToLive = version.IsV3 && properties is not null ? SttFields.TimeToLive(properties, "timeToLive", "properties.timeToLive") : null;
        if (!version.HasProjects && body["project"] is not null)
        {
            throw InvalidFieldException.Invalid("project", $"projects are not supported in api-version {version.Value}.");
        }

        var projectId = SttFields.ReferenceId(body, "project");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            SttProjectReferences.Require(store, projectId);
            var model = ResolveModel(store, modelReference, locale, request.Now);
            var endpoint = new SttEndpoint
            {
                Id = Guid.NewGuid(),
                DisplayName = displayName,
                Description = body.OptionalString("description"),
                Locale = model.Locale,
                CustomProperties = SttFields.CustomProperties(body),
                ProjectId = projectId,
                CreatedAt = Timestamps.ToSeconds(request.Now),
                ModelIsBase = model.IsBase,
                ModelId = model.Id,
                Text = version.IsV3 ? body.OptionalString("text") : null,
                TimeToLive = timeToLive,
                LoggingEnabled = logging,
            };
            endpoint.Work = Deploy(state, endpoint, request.Now);
            store.Endpoints.Add(endpoint.Id, endpoint);
            state.Announce(endpoint, request.Now);
            return ApiResponse.Json(201, endpoint.ToJson(request, state.Options.Region)).WithHeader("Location", request.EntityUrl("endpoints", endpoint.Id));
        }
    }

    private static LongRunningWork Deploy(MockServerState state, SttEndpoint endpoint, DateTimeOffset now) =>
        state.StartWork(now, WorkPlan.Standard, FailureKind.SpeechToTextEndpoint, endpoint.DisplayName, endpoint.Id.ToString());

    /// <summary>The model to deploy: the referenced one (must exist, not failed, same locale, deployable) or the locale's default base model.</summary>
    private static ResolvedModel ResolveModel(SpeechToTextStore store, SttReference? reference, string locale, DateTimeOffset now)
    {
        if (reference is null)
        {
            return store.BaseModels.DefaultFor(locale) is { } defaultModel
                ? new ResolvedModel(defaultModel, null)
                : throw SttErrors.InvalidRequest("InvalidLocale", $"There is no base model for locale {locale} to deploy.", "locale");
        }

        var model = ModelReferences.Resolve(store, reference, "model", now, failedCode: "DeployingFailedModel");
        ModelReferences.RequireLocale(model, locale, "model");
        if (!model.Capabilities.Endpoints)
        {
            throw SttErrors.InvalidRequest("ModelNotDeployable", $"The model '{model.DisplayName}' cannot be deployed to an endpoint (supportsEndpoints is false).", "model");
        }

        return model;
    }

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var endpoint = Find(store, id);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, endpoint.ToJson(request, state.Options.Region)), endpoint.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    /// <summary>EndpointUpdate: model (redeploys), properties.contentLoggingEnabled, displayName, description, customProperties, project.</summary>
    private static ApiResponse Update(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var update = SttEntityUpdate.Read(body, request.Version);
        var modelReference = SttFields.Reference(body, "model");
        var logging = body.OptionalObject("properties")?.OptionalBool("contentLoggingEnabled", "properties.contentLoggingEnabled");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var endpoint = Find(store, id);
            if (modelReference is not null)
            {
                if (!endpoint.StateAt(request.Now).IsTerminal)
                {
                    throw SttErrors.InvalidRequest("EndpointNotUpdatable", $"The endpoint '{endpoint.DisplayName}' is still being deployed; wait until it succeeded before deploying another model.");
                }

                var model = ResolveModel(store, modelReference, endpoint.Locale, request.Now);
                if (model.IsBase != endpoint.ModelIsBase || model.Id != endpoint.ModelId)
                {
                    endpoint.ModelIsBase = model.IsBase;
                    endpoint.ModelId = model.Id;
                    endpoint.Work = Deploy(state, endpoint, request.Now);
                }
            }

            update.ApplyTo(store, endpoint);
            endpoint.LoggingEnabled = logging ?? endpoint.LoggingEnabled;
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, endpoint.ToJson(request, state.Options.Region)), endpoint.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    /// <summary>Callers hold the store lock.</summary>
    public static SttEndpoint Find(SpeechToTextStore store, string id) => SttEntityRoutes.Find(store.Endpoints, id, "endpoint");
}
