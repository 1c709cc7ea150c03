using System.Text.Json.Serialization;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// Speech-to-text list answers (same in all versions): skip + top (default 100) + filter (eq, ne, gt, ge, lt, le, and,
/// or, not), body {"values":[...],"@nextLink":...} with an absolute nextLink that repeats filter (and api-version);
/// no nextLink on the last page. Retry-After while any listed entity is still running.
/// </summary>
internal static class SttList
{
    public static ApiResponse Page<T>(
        HttpContext context,
        IEnumerable<T> items,
        FilterGrammar grammar,
        Func<T, FilterFieldReader> fields,
        Func<T, object> render,
        Func<T, bool>? isRunning = null,
        MockServerOptions? options = null)
    {
        var request = SttRequest.Of(context);
        var query = context.Request.Query;
        var page = PageRequest.FromQuery(query, "top");
        var filter = query["filter"].ToString();
        var predicate = FilterParser.Parse(filter, grammar);
        var matching = items.Where(item => predicate(fields(item))).ToList();
        var (slice, hasMore) = page.Slice(matching);

        string? nextLink = null;
        if (hasMore)
        {
            var filterPart = filter.Length == 0 ? "" : $"&filter={Uri.EscapeDataString(filter)}";
            var versionPart = request.Version.InPath ? "" : $"&api-version={request.Version.Value}";
            nextLink = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?skip={page.Skip + page.Size}&top={page.Size}{filterPart}{versionPart}";
        }

        var response = ApiResponse.Json(200, new PagedValues([.. slice.Select(render)], nextLink));
        var anyRunning = isRunning is not null && slice.Any(isRunning);
        return options is null ? response : RetryAfter.AddWhenRunning(response, !anyRunning, options);
    }

    private sealed record PagedValues(
        IReadOnlyList<object> Values,
        [property: JsonPropertyName("@nextLink")] string? NextLink);
}
