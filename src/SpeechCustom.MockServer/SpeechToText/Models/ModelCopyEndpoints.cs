using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>
/// Copying a custom model to another resource (speechtotext.md §4.3):
/// v3.2+: POST /models:authorizecopy on the TARGET → ModelCopyAuthorization; POST /models/{id}:copy on the SOURCE with
/// that authorization → 202 Operation + Operation-Location; GET /operations/models/copy/{id} → result.link = the new
/// model in the target. v3.x: POST /models/{id}:copyto {targetSubscriptionKey} → 201 with the copy.
/// The source finds the target among the mock servers of this process (by endpoint, or by key for :copyto); a target in
/// another process is reached over HTTP at POST /_mock/copy/models, authenticated by the authorization id.
/// </summary>
internal static class ModelCopyEndpoints
{
    public const string ReceiverPath = "/_mock/copy/models";
    private const string AuthorizationHeader = "X-Mock-Copy-Authorization";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/models:authorizecopy", Authorize);
        api.MapPost("/models/{id}:copy", Copy);
        api.MapPost("/models/{id}:copyto", CopyTo);
        api.MapGet("/operations/models/copy/{id}", GetOperation);
    }

    /// <summary>The cross-process receiver (not under /speechtotext: no key, the authorization id authenticates it).</summary>
    public static void MapReceiver(IEndpointRouteBuilder app) => app.MapPost(ReceiverPath, Receive);

    private static ApiResponse Authorize(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        RequireCopyVersion(request);
        var body = RequestBody.JsonObject(context);
        var sourceResourceId = body.RequiredString("sourceResourceId");
        var authorization = new CopyAuthorization(Guid.NewGuid().ToString(), sourceResourceId, Timestamps.ToSeconds(request.Now + state.Options.CopyAuthorizationLifetime));
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            store.CopyAuthorizations[authorization.Id] = authorization;
        }

        return ApiResponse.Json(200, new AuthorizationJson(
            state.Options.Region,
            state.Options.ResourceId ?? "",
            request.Origin,
            sourceResourceId,
            Timestamps.SpeechToText(authorization.ExpiresAt),
            authorization.Id));
    }

    private static async Task<ApiResponse> Copy(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        RequireCopyVersion(request);
        var body = RequestBody.JsonObject(context);
        _ = body.RequiredString("targetResourceRegion");
        _ = body.RequiredString("targetResourceId");
        var targetEndpoint = body.RequiredString("targetResourceEndpoint");
        var sourceResourceId = body.RequiredString("sourceResourceId");
        var expirationText = body.RequiredString("expirationDateTime");
        var authorizationId = body.RequiredString("id");
        if (!DateTimeOffset.TryParse(expirationText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiration))
        {
            throw InvalidFieldException.Invalid("expirationDateTime", "an ISO 8601 date and time is expected.");
        }

        if (!Uri.TryCreate(targetEndpoint, UriKind.Absolute, out var targetUri))
        {
            throw InvalidFieldException.Invalid("targetResourceEndpoint", "an absolute URL is expected.");
        }

        if (!string.Equals(sourceResourceId, state.Options.ResourceId, StringComparison.OrdinalIgnoreCase))
        {
            throw SttErrors.InvalidRequest("InvalidSourceAzureResourceId", $"The authorization names the source resource '{sourceResourceId}', but this resource is '{state.Options.ResourceId}'.", "sourceResourceId");
        }

        var payload = SourcePayload(state, id, request.Now, authorizationId, sourceResourceId, expiration);
        var targetModelId = await DeliverAsync(state, targetUri, payload, context.RequestAborted);

        var operation = new CopyOperation
        {
            Id = Guid.NewGuid(),
            CreatedAt = Timestamps.ToSeconds(request.Now),
            Work = state.StartInfallibleWork(request.Now, WorkPlan.Standard),
            TargetEndpoint = targetUri.GetLeftPart(UriPartial.Authority),
            TargetModelId = targetModelId,
        };
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            store.CopyOperations[operation.Id] = operation;
        }

        var location = request.Url($"operations/models/copy/{operation.Id}");
        var retryAfter = RetryAfter.AddWhenRunning(ApiResponse.Json(202, operation.ToJson(request)), isTerminal: false, state.Options);
        return retryAfter.WithHeader("Operation-Location", location);
    }

    /// <summary>v3.1 (kept on v3.2 as its links.copyTo still points here): copy to the resource that owns targetSubscriptionKey.</summary>
    private static ApiResponse CopyTo(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        if (!request.Version.IsV3)
        {
            throw SttErrors.MissingRoute();
        }

        var key = RequestBody.JsonObject(context).RequiredString("targetSubscriptionKey");
        var target = MockServerRegistry.FindByKey(key)
            ?? throw SttErrors.InvalidRequest("InvalidSubscription", "No speech resource in this region has the given targetSubscriptionKey.", "targetSubscriptionKey");
        var authorization = new CopyAuthorization(Guid.NewGuid().ToString(), state.Options.ResourceId ?? "", request.Now.AddMinutes(5));
        lock (target.SpeechToText.Gate)
        {
            target.SpeechToText.CopyAuthorizations[authorization.Id] = authorization;
        }

        var payload = SourcePayload(state, id, request.Now, authorization.Id, authorization.SourceResourceId, null);
        var modelId = ModelCopyReceiver.Receive(target, payload);
        var targetEndpoint = MockServerRegistryEndpoint(target, request);
        var targetRequest = SttRequest.For(request.Version, targetEndpoint, request.Now);
        lock (target.SpeechToText.Gate)
        {
            var copy = target.SpeechToText.Models[modelId];
            return ApiResponse.Json(201, copy.ToJson(targetRequest)).WithHeader("Location", targetRequest.EntityUrl("models", modelId));
        }
    }

    private static ApiResponse GetOperation(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        RequireCopyVersion(request);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var operation = Guid.TryParse(id, out var guid) && store.CopyOperations.TryGetValue(guid, out var found)
                ? found
                : throw SttErrors.NotFound("operation", id);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, operation.ToJson(request)), operation.Work.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    private static CopyPayload SourcePayload(MockServerState state, string id, DateTimeOffset now, string authorizationId, string sourceResourceId, DateTimeOffset? expiration)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var model = SttModelEndpoints.Find(store, id);
            var modelState = model.StateAt(now);
            if (!modelState.IsTerminal || modelState.IsFailed)
            {
                throw SttErrors.InvalidRequest("InvalidModel", $"The model '{model.DisplayName}' has status {modelState.Status}; only models that succeeded can be copied.");
            }

            return new CopyPayload(authorizationId, sourceResourceId, expiration, model.DisplayName, model.Description, model.Locale, model.BaseModel.Id, model.Text, model.CustomProperties, model.CustomModelWeightPercent);
        }
    }

    /// <summary>In-process when the target runs here, otherwise over HTTP to the target's receiver.</summary>
    private static async Task<Guid> DeliverAsync(MockServerState source, Uri target, CopyPayload payload, CancellationToken ct)
    {
        if (MockServerRegistry.Find(target.ToString()) is { } local)
        {
            return ModelCopyReceiver.Receive(local, payload);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(target, ReceiverPath))
        {
            Content = JsonContent.Create(payload, options: JsonDefaults.Options),
        };
        message.Headers.Add(AuthorizationHeader, payload.AuthorizationId);
        HttpResponseMessage response;
        try
        {
            response = await source.Outbound.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw SttErrors.InvalidRequest("InvalidParameterValue", $"The target resource at '{target}' could not be reached: {ex.Message}", "targetResourceEndpoint");
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode && JsonNode.Parse(text)?["modelId"]?.GetValue<string>() is { } modelId && Guid.TryParse(modelId, out var id))
            {
                return id;
            }

            var error = TryParse(text);
            throw new ApiException(new ApiError(
                response.IsSuccessStatusCode ? 502 : (int)response.StatusCode,
                error?["code"]?.GetValue<string>() ?? "InvalidRequest",
                error?["message"]?.GetValue<string>() ?? $"The target resource at '{target}' refused the copy ({(int)response.StatusCode}).",
                error?["target"]?.GetValue<string>(),
                error?["innerError"]?["code"]?.GetValue<string>()));
        }
    }

    private static ApiResponse Receive(HttpContext context, MockServerState state)
    {
        CopyPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<CopyPayload>(RequestBody.Bytes(context), JsonDefaults.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidBodyException($"The copy payload is not valid: {ex.Message}");
        }

        if (payload is null || context.Request.Headers[AuthorizationHeader].ToString() != payload.AuthorizationId)
        {
            return ApiErrorWriter.ToResponse(new ApiError(401, "Unauthorized", $"The {AuthorizationHeader} header must carry the copy authorization id."), ApiFlavor.SpeechToText);
        }

        try
        {
            return ApiResponse.Json(200, new { modelId = ModelCopyReceiver.Receive(state, payload) });
        }
        catch (ApiException ex)
        {
            return ApiErrorWriter.ToResponse(ex.Error, ApiFlavor.SpeechToText);
        }
    }

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string MockServerRegistryEndpoint(MockServerState target, SttRequest request) =>
        target.PublicEndpoint?.ToString().TrimEnd('/') ?? request.Origin;

    private static void RequireCopyVersion(SttRequest request)
    {
        if (!request.Version.HasModelCopy)
        {
            throw SttErrors.MissingRoute();
        }
    }

    private sealed record AuthorizationJson(
        string TargetResourceRegion,
        string TargetResourceId,
        string TargetResourceEndpoint,
        string SourceResourceId,
        string ExpirationDateTime,
        string Id);
}
