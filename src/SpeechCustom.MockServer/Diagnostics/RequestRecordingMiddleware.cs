using System.Text;
using Microsoft.AspNetCore.Http.Features;
using SpeechCustom.MockServer.Auth;
using SpeechCustom.MockServer.Blobs;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Diagnostics;

/// <summary>
/// Outermost middleware: stamps every response with a fresh apim-request-id (as Azure API Management does), buffers
/// the request body, and records API requests in <see cref="MockServerState.Requests"/> and token requests in
/// <see cref="MockServerState.TokenRequests"/> (admin routes are not recorded). The entry is written when the response
/// starts: the status is final then (after any injected fault), and no byte has reached the client, so a test that
/// reads the log right after its request completed always finds the entry.
/// </summary>
internal sealed class RequestRecordingMiddleware(RequestDelegate next, MockServerState state)
{
    private const int MaxLoggedBodyBytes = 64 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        ResponseStamp.Apply(context);
        await RequestBody.BufferAsync(context);
        var recorded = 0;
        void RecordOnce()
        {
            if (Interlocked.Exchange(ref recorded, 1) == 0)
            {
                Record(context);
            }
        }

        context.Response.OnStarting(() =>
        {
            RecordOnce();
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            // Only when the response never started (e.g. the client went away).
            RecordOnce();
        }
    }

    private void Record(HttpContext context)
    {
        var isBlob = context.Request.Path.StartsWithSegments(MockBlobStore.RoutePrefix, StringComparison.OrdinalIgnoreCase);
        var log = ApiFlavors.Of(context.Request.Path) != ApiFlavor.None ? state.Requests
            : TokenRoutes.IsTokenPath(context.Request.Path) ? state.TokenRequests
            : isBlob ? state.BlobRequests
            : null;

        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var pathAndQuery = string.IsNullOrEmpty(rawTarget) ? request.Path + request.QueryString : rawTarget;
        var facts = RequestFacts.Of(context);
        if (isBlob)
        {
            // Nothing authenticates blob reads (the SAS does); record what credentials the client sent anyway.
            facts.AuthKind = request.Headers.ContainsKey(ApiAuthenticationMiddleware.KeyHeader) ? MockAuthKind.Key
                : request.Headers.ContainsKey("Authorization") ? MockAuthKind.Bearer
                : MockAuthKind.None;
        }

        if (!state.Options.Quiet)
        {
            Console.WriteLine($"{DateTimeOffset.Now:HH:mm:ss.fff} {request.Method} {pathAndQuery} -> {context.Response.StatusCode} ({facts.AuthKind}{(facts.Faulted ? ", injected fault" : "")})");
        }

        if (log is null)
        {
            return;
        }

        var body = RequestBody.Bytes(context);
        log.Add(new MockRequestEntry
        {
            Method = request.Method,
            PathAndQuery = pathAndQuery,
            Host = request.Host.Value ?? "",
            AuthKind = facts.AuthKind,
            TokenSubject = facts.TokenSubject,
            OperationId = request.Headers.TryGetValue("Operation-Id", out var operationId) ? operationId.ToString() : null,
            Status = context.Response.StatusCode,
            Faulted = facts.Faulted,
            Body = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, MaxLoggedBodyBytes)),
            Headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            Time = DateTimeOffset.UtcNow,
        });
    }
}
