using System.Text.Json;
using System.Text.Json.Nodes;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.SpeechToText.WebHooks;

/// <summary>
/// Web hooks: POST (201, then the challenge), list, get, PATCH (a new webUrl is challenged again), DELETE,
/// POST /webhooks/{id}:ping (202) and :test (202, or 204 when no entity exists for any registered event).
/// </summary>
internal static class WebHookRoutes
{
    private static readonly FilterGrammar Grammar = new(
        [
            ("displayName", FilterValueKind.Text), ("description", FilterValueKind.Text), ("status", FilterValueKind.Text),
            ("webUrl", FilterValueKind.Text), ("createdDateTime", FilterValueKind.Date), ("lastActionDateTime", FilterValueKind.Date),
        ],
        allowOrAndNot: true);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/webhooks", List);
        api.MapPost("/webhooks", Create);
        api.MapGet("/webhooks/{id}", Get);
        api.MapPatch("/webhooks/{id}", Update);
        api.MapDelete("/webhooks/{id}", Delete);
        api.MapPost("/webhooks/{id}:ping", Ping);
        api.MapPost("/webhooks/{id}:test", Test);
    }

    private static ApiResponse List(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return SttList.Page(context, store.WebHooks.Values, Grammar, h => h.Field, h => h.ToJson(request), h => !h.IsTerminal, state.Options);
        }
    }

    private static ApiResponse Create(HttpContext context, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var hook = new SttWebHook
        {
            Id = Guid.NewGuid(),
            DisplayName = body.RequiredString("displayName"),
            Description = body.OptionalString("description"),
            CustomProperties = SttFields.CustomProperties(body),
            WebUrl = WebUrl(body) ?? throw InvalidFieldException.Missing("webUrl"),
            Events = Events(body.OptionalObject("events") ?? throw InvalidFieldException.Missing("events")),
            Secret = body.OptionalObject("properties")?.OptionalString("secret", "properties.secret"),
            ApiVersion = request.Version,
            Origin = request.Origin,
            CreatedAt = Timestamps.ToSeconds(request.Now),
            LastActionAt = Timestamps.ToSeconds(request.Now),
        };
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            store.WebHooks.Add(hook.Id, hook);
            state.WebHooks.Challenge(hook);
            return ApiResponse.Json(201, hook.ToJson(request)).WithHeader("Location", request.EntityUrl("webhooks", hook.Id));
        }
    }

    private static ApiResponse Get(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var hook = Find(store, id);
            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, hook.ToJson(request)), hook.IsTerminal, state.Options);
        }
    }

    /// <summary>
    /// WebHookUpdate: webUrl (a change means a new challenge), events, displayName, description, customProperties,
    /// properties.secret (a properties object without a secret, or an empty secret, turns signing off).
    /// </summary>
    private static ApiResponse Update(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var body = RequestBody.JsonObject(context);
        var displayName = body.OptionalString("displayName", minLength: 1);
        var description = body.OptionalString("description");
        var customProperties = SttFields.CustomProperties(body);
        var webUrl = WebUrl(body);
        var events = body.OptionalObject("events") is { } eventsNode ? Events(eventsNode) : null;
        var properties = body.OptionalObject("properties");
        var secret = properties?.OptionalString("secret", "properties.secret");
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var hook = Find(store, id);
            hook.DisplayName = displayName ?? hook.DisplayName;
            hook.Description = description ?? hook.Description;
            hook.CustomProperties = customProperties ?? hook.CustomProperties;
            hook.Events = events ?? hook.Events;
            if (properties is not null)
            {
                hook.Secret = string.IsNullOrEmpty(secret) ? null : secret;
            }

            if (webUrl is not null && !string.Equals(webUrl, hook.WebUrl, StringComparison.Ordinal))
            {
                hook.WebUrl = webUrl;
                hook.Generation++;
                hook.Status = ResourceStatus.NotStarted;
                hook.Error = null;
                hook.LastActionAt = Timestamps.ToSeconds(request.Now);
                state.WebHooks.Challenge(hook);
            }

            return RetryAfter.AddWhenRunning(ApiResponse.Json(200, hook.ToJson(request)), hook.IsTerminal, state.Options);
        }
    }

    private static ApiResponse Delete(string id, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            if (Guid.TryParse(id, out var guid))
            {
                store.WebHooks.Remove(guid);
            }

            return ApiResponse.Empty(204);
        }
    }

    private static ApiResponse Ping(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var hook = Find(store, id);
            state.WebHooks.Ping(hook, request.Now);
            return RetryAfter.AddWhenRunning(ApiResponse.Empty(202), hook.IsTerminal, state.Options);
        }
    }

    private static ApiResponse Test(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var hook = Find(store, id);
            return state.WebHooks.Test(store, hook, request.Now)
                ? RetryAfter.AddWhenRunning(ApiResponse.Empty(202), hook.IsTerminal, state.Options)
                : ApiResponse.Empty(204);
        }
    }

    private static string? WebUrl(JsonObject body)
    {
        var text = body.OptionalString("webUrl");
        if (text is null)
        {
            return null;
        }

        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? text
            : throw SttErrors.InvalidRequest("InvalidCallbackUri", $"'{text}' is not an absolute http or https URL.", "webUrl");
    }

    /// <summary>The enabled events (unknown names are ignored); at least one must be on.</summary>
    private static HashSet<string> Events(JsonObject events)
    {
        var enabled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in events)
        {
            var known = WebHookEventNames.All.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                continue;
            }

            if (value is not JsonValue flag || flag.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw SttErrors.InvalidRequest("InvalidWebHookEventKind", $"events.{name} must be true or false.", $"events.{name}");
            }

            if (flag.GetValue<bool>())
            {
                enabled.Add(known);
            }
        }

        return enabled.Count > 0
            ? enabled
            : throw SttErrors.InvalidRequest("InvalidWebHookEventKind", "Register at least one event, e.g. {\"transcriptionCompletion\": true}.", "events");
    }

    private static SttWebHook Find(SpeechToTextStore store, string id) =>
        Guid.TryParse(id, out var guid) && store.WebHooks.TryGetValue(guid, out var hook)
            ? hook
            : throw SttErrors.NotFound("web hook", id);
}
