using System.Globalization;
using System.Security;
using System.Text;
using SpeechCustom.MockServer.Hosting;

namespace SpeechCustom.MockServer.Blobs;

/// <summary>
/// GET/HEAD /_blobs/{container}/{path}: anonymous reads with a SAS, answered like Azure Storage (403
/// AuthenticationFailed for a bad or expired SAS, 404 BlobNotFound, XML error bodies). No speech key is needed; a
/// request that sends one anyway is still served, and every request is in <see cref="MockSpeechServer.BlobRequests"/>.
/// </summary>
internal static class BlobRoutes
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapMethods($"{MockBlobStore.RoutePrefix}/{{container}}/{{**path}}", ["GET", "HEAD"], Read);

    private static async Task Read(HttpContext context, string container, string path, MockServerState state)
    {
        if (state.Options.BlobLatency > TimeSpan.Zero)
        {
            await Task.Delay(state.Options.BlobLatency, context.RequestAborted);
        }

        var response = context.Response;
        var requestId = Guid.NewGuid().ToString();
        response.Headers["x-ms-request-id"] = requestId;
        response.Headers["x-ms-version"] = MockBlobStore.SasVersion;
        var lookup = state.Blobs.Read(container, path, context.Request.Query, state.Clock.GetUtcNow());
        if (lookup.Content is { } content)
        {
            response.StatusCode = 200;
            response.ContentType = ContentType(path);
            response.ContentLength = content.Length;
            response.Headers["x-ms-blob-type"] = "BlockBlob";
            response.Headers.ETag = $"\"0x{Convert.ToHexString(BitConverter.GetBytes(content.Length))}\"";
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(content, context.RequestAborted);
            }

            return;
        }

        var (status, code, message, detail) = lookup.AuthenticationError is { } problem
            ? (403, "AuthenticationFailed", "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.", problem)
            : (404, "BlobNotFound", "The specified blob does not exist.", null);
        var now = state.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error>")
            .Append(CultureInfo.InvariantCulture, $"<Code>{code}</Code><Message>{message}\nRequestId:{requestId}\nTime:{now}</Message>");
        if (detail is not null)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<AuthenticationErrorDetail>{SecurityElement.Escape(detail)}</AuthenticationErrorDetail>");
        }

        var body = Encoding.UTF8.GetBytes(xml.Append("</Error>").ToString());
        response.StatusCode = status;
        response.Headers["x-ms-error-code"] = code;
        response.ContentType = "application/xml";
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => "application/json",
        ".txt" or ".md" => "text/plain; charset=utf-8",
        ".wav" => "audio/wav",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
