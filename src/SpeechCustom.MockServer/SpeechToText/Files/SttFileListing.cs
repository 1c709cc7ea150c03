using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.Lifecycle;
using SpeechCustom.MockServer.Querying;

namespace SpeechCustom.MockServer.SpeechToText.Files;

/// <summary>
/// GET .../files (skip, top, filter on name, createdDateTime, kind; sasValidityInSeconds or sasLifetimeMinutes) and
/// GET .../files/{fileId}. Retry-After follows the owning entity while it is still running.
/// </summary>
internal static class SttFileListing
{
    public static readonly FilterGrammar Grammar = new(
        [("name", FilterValueKind.Text), ("kind", FilterValueKind.Text), ("createdDateTime", FilterValueKind.Date)],
        allowOrAndNot: true);

    public static ApiResponse Page(HttpContext context, MockServerState state, IEnumerable<SttFile> files, bool ownerTerminal)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version);
        var response = SttList.Page(context, files, Grammar, f => f.Field, f => f.ToJson(request, state.Blobs, lifetime));
        return RetryAfter.AddWhenRunning(response, ownerTerminal, state.Options);
    }

    public static ApiResponse Get(HttpContext context, MockServerState state, IEnumerable<SttFile> files, string fileId)
    {
        var request = SttRequest.Of(context);
        var lifetime = SttSas.Lifetime(context, request.Version);
        var file = files.FirstOrDefault(f => string.Equals(f.Id, fileId, StringComparison.OrdinalIgnoreCase))
            ?? throw SttErrors.NotFound("file", fileId);
        return ApiResponse.Json(200, file.ToJson(request, state.Blobs, lifetime));
    }
}
