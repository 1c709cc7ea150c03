using System.Globalization;
using System.Text;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.SpeechToText.Files;

namespace SpeechCustom.MockServer.SpeechToText.Endpoints;

/// <summary>
/// Endpoint logs, v3.x only (removed in 2024-11-15, where these routes answer like missing routes):
/// GET/DELETE /endpoints/{id}/files/logs (skipToken + top paging; DELETE ?endDate=yyyy-mm-dd → 202),
/// GET/DELETE /endpoints/{id}/files/logs/{logId}, and the same under /endpoints/base/{locale}/files/logs.
/// </summary>
internal static class EndpointLogRoutes
{
    public static void Map(RouteGroupBuilder api)
    {
        var logs = api.MapGroup("/endpoints").AddEndpointFilter(RequireV3);
        logs.MapGet("/{id}/files/logs", List);
        logs.MapDelete("/{id}/files/logs", DeleteAll);
        logs.MapGet("/{id}/files/logs/{logId}", Get);
        logs.MapDelete("/{id}/files/logs/{logId}", DeleteOne);
        logs.MapGet("/base/{locale}/files/logs", ListBase);
        logs.MapDelete("/base/{locale}/files/logs", DeleteAllBase);
        logs.MapGet("/base/{locale}/files/logs/{logId}", GetBase);
        logs.MapDelete("/base/{locale}/files/logs/{logId}", DeleteOneBase);
    }

    private static ValueTask<object?> RequireV3(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next) =>
        SttRequest.Of(invocation.HttpContext).Version.IsV3 ? next(invocation) : throw SttErrors.MissingRoute();

    private static ApiResponse List(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var endpoint = SttEndpointRoutes.Find(store, id);
            var logs = endpoint.LogsAt(request.Now);
            if (!endpoint.LoggingEnabled && !endpoint.HasLogs)
            {
                throw SttErrors.InvalidRequest("EndpointWithoutLogging", $"Content logging is not enabled for the endpoint '{endpoint.DisplayName}'; enable properties.loggingEnabled to collect logs.");
            }

            return RetryAfter.AddWhenRunning(Page(context, state, logs, $"endpoints/{id}/files/logs"), endpoint.StateAt(request.Now).IsTerminal, state.Options);
        }
    }

    private static ApiResponse DeleteAll(HttpContext context, string id, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var endDate = EndDate(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var endpoint = SttEndpointRoutes.Find(store, id);
            foreach (var log in endpoint.LogsAt(request.Now).Where(l => endDate is null || DateOnly.FromDateTime(l.CreatedAt.UtcDateTime) <= endDate))
            {
                endpoint.DeletedLogs.Add(log.Id);
                state.Blobs.RemovePrefix(log.Container, log.BlobPath);
            }

            return ApiResponse.Empty(202);
        }
    }

    private static ApiResponse Get(HttpContext context, string id, string logId, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var logs = SttEndpointRoutes.Find(store, id).LogsAt(request.Now);
            return GetLog(context, state, logs, logId);
        }
    }

    private static ApiResponse DeleteOne(HttpContext context, string id, string logId, MockServerState state)
    {
        var request = SttRequest.Of(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var endpoint = SttEndpointRoutes.Find(store, id);
            if (endpoint.LogsAt(request.Now).FirstOrDefault(l => string.Equals(l.Id, logId, StringComparison.OrdinalIgnoreCase)) is { } log)
            {
                endpoint.DeletedLogs.Add(log.Id);
                state.Blobs.RemovePrefix(log.Container, log.BlobPath);
            }

            return ApiResponse.Empty(204);
        }
    }

    private static ApiResponse ListBase(HttpContext context, string locale, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return Page(context, state, BaseLogs(store, locale, state), $"endpoints/base/{locale}/files/logs");
        }
    }

    private static ApiResponse DeleteAllBase(HttpContext context, string locale, MockServerState state)
    {
        var endDate = EndDate(context);
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            var logs = store.BaseModelLogs.GetValueOrDefault(locale.ToLowerInvariant());
            logs?.RemoveAll(l => endDate is null || DateOnly.FromDateTime(l.CreatedAt.UtcDateTime) <= endDate);
            return ApiResponse.Empty(202);
        }
    }

    private static ApiResponse GetBase(HttpContext context, string locale, string logId, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            return GetLog(context, state, BaseLogs(store, locale, state), logId);
        }
    }

    private static ApiResponse DeleteOneBase(string locale, string logId, MockServerState state)
    {
        var store = state.SpeechToText;
        lock (store.Gate)
        {
            store.BaseModelLogs.GetValueOrDefault(locale.ToLowerInvariant())?.RemoveAll(l => string.Equals(l.Id, logId, StringComparison.OrdinalIgnoreCase));
            return ApiResponse.Empty(204);
        }
    }

    /// <summary>Logs of requests to the base model endpoints of a locale: two sessions for every locale with base models.</summary>
    private static List<SttFile> BaseLogs(SpeechToTextStore store, string locale, MockServerState state)
    {
        var key = locale.ToLowerInvariant();
        if (!store.BaseModelLogs.TryGetValue(key, out var logs))
        {
            var known = store.BaseModels.Locales.FirstOrDefault(l => string.Equals(l, locale, StringComparison.OrdinalIgnoreCase));
            logs = known is null ? [] : SttEndpoint.Sessions($"endpoints/base/{known}/files/logs", "endpoints", $"base/{known}", $"base:{known}", known, state.Clock.GetUtcNow(), 2);
            store.BaseModelLogs[key] = logs;
        }

        return logs;
    }

    private static ApiResponse GetLog(HttpContext context, MockServerState state, IEnumerable<SttFile> logs, string logId)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version);
        var log = logs.FirstOrDefault(l => string.Equals(l.Id, logId, StringComparison.OrdinalIgnoreCase))
            ?? throw SttErrors.NotFound("log", logId);
        return ApiResponse.Json(200, log.ToJson(request, state.Blobs, lifetime));
    }

    /// <summary>PaginatedFiles with skipToken (opaque) + top; the nextLink repeats top.</summary>
    private static ApiResponse Page(HttpContext context, MockServerState state, IReadOnlyList<SttFile> logs, string selfPath)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version);
        var query = context.Request.Query;
        var topText = query["top"].ToString();
        var top = 100;
        if (topText.Length > 0 && (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1))
        {
            throw SttErrors.InvalidRequest("InvalidTopForLogs", $"The value '{topText}' of 'top' is not valid: a positive integer is expected.", "top");
        }

        var skip = 0;
        var token = query["skipToken"].ToString();
        if (token.Length > 0)
        {
            var decoded = TryDecode(token);
            if (decoded is null || !decoded.StartsWith("skip:", StringComparison.Ordinal) || !int.TryParse(decoded.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out skip))
            {
                throw SttErrors.InvalidRequest("InvalidSkipTokenForLogs", $"The skipToken '{token}' is not valid; use the @nextLink of the previous page.", "skipToken");
            }
        }

        var page = logs.Skip(skip).Take(top).Select(l => l.ToJson(request, state.Blobs, lifetime)).ToList();
        string? nextLink = null;
        if (skip + top < logs.Count)
        {
            var next = Convert.ToBase64String(Encoding.UTF8.GetBytes($"skip:{skip + top}"));
            nextLink = $"{request.Root}/{selfPath}?top={top}&skipToken={Uri.EscapeDataString(next)}";
        }

        return ApiResponse.Json(200, new LogPage(page, nextLink));
    }

    private static DateOnly? EndDate(HttpContext context)
    {
        var text = context.Request.Query["endDate"].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw SttErrors.InvalidRequest("InvalidLogDate", $"The endDate '{text}' is not a date in the format yyyy-mm-dd.", "endDate");
    }

    private static string? TryDecode(string token)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed record LogPage(IReadOnlyList<object> Values, [property: System.Text.Json.Serialization.JsonPropertyName("@nextLink")] string? NextLink);
}
