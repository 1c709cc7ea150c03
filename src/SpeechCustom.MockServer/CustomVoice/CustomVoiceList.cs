using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>
/// Custom voice list answers: skip + maxpagesize (default 100) + filter over projectId, kind, locale (eq, ne) and
/// createdDateTime (also gt, ge, lt, le), combined with 'and'. The body is {"value":[...],"nextLink":...} with an
/// absolute nextLink that repeats the filter; it is omitted on the last page.
/// </summary>
internal static class CustomVoiceList
{
    public static readonly FilterGrammar Grammar = new(
        [("projectId", FilterValueKind.Text), ("kind", FilterValueKind.Text), ("locale", FilterValueKind.Text), ("createdDateTime", FilterValueKind.Date)],
        allowOrAndNot: false);

    public static ApiResponse Page<T>(HttpContext context, IEnumerable<T> items, Func<T, FilterFieldReader> fields, Func<T, object> render)
    {
        var request = CustomVoiceRequest.Of(context);
        var query = context.Request.Query;
        var page = PageRequest.FromQuery(query, "maxpagesize");
        var filter = query["filter"].ToString();
        var predicate = FilterParser.Parse(filter, Grammar);
        var matching = items.Where(item => predicate(fields(item))).ToList();
        var (slice, hasMore) = page.Slice(matching);

        string? nextLink = null;
        if (hasMore)
        {
            var filterPart = filter.Length == 0 ? "" : $"&filter={Uri.EscapeDataString(filter)}";
            nextLink = $"{request.BaseUrl}{context.Request.Path}?skip={page.Skip + page.Size}&maxpagesize={page.Size}{filterPart}&api-version={request.Version.Value}";
        }

        return ApiResponse.Json(200, new PagedValues([.. slice.Select(render)], nextLink));
    }

    /// <summary>Lists without paging parameters (base models, recipes) still use the {"value":[...]} envelope.</summary>
    public static ApiResponse All(IEnumerable<object> items) => ApiResponse.Json(200, new PagedValues([.. items], null));

    private sealed record PagedValues(IReadOnlyList<object> Value, string? NextLink);
}
