using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Writes each attempt (request line, headers, JSON body; status, time, request id, body) to the Debug stream of
    /// the cmdlet that made it, with every secret masked: only allow-listed headers and query values are shown and
    /// all text passes through <see cref="SecretRedactor"/>. Costs nothing when nobody listens.
    /// </summary>
    internal sealed class HttpTracePolicy : HttpPipelinePolicy
    {
        private const int MaxBodyChars = 4096;

        private static readonly HashSet<string> ShownHeaders = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Content-Type", "Content-Length", "Operation-Id", "Operation-Location", "Location", "Retry-After", "retry-after-ms",
            "x-ms-retry-after-ms", "apim-request-id", "x-ms-error-code", "x-ms-client-request-id", "x-ms-request-id", "Accept", "User-Agent",
            "Date", "x-ms-return-client-request-id", "api-supported-versions", "api-deprecated-versions",
        };

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (EngineLog.Current?.IsDebugEnabled != true)
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
                return;
            }
            TraceRequest(message);
            var watch = Stopwatch.StartNew();
            try
            {
                await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                EngineLog.Debug($"HTTP {message.Request.Method} {SecretRedactor.RedactForTrace(message.Request.Uri.ToUri())} failed after {watch.ElapsedMilliseconds} ms: {e.GetType().Name}: {e.Message}");
                throw;
            }
            TraceResponse(message, watch.Elapsed);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (EngineLog.Current?.IsDebugEnabled != true)
            {
                ProcessNext(message, pipeline);
                return;
            }
            TraceRequest(message);
            var watch = Stopwatch.StartNew();
            ProcessNext(message, pipeline);
            TraceResponse(message, watch.Elapsed);
        }

        private static void TraceRequest(HttpMessage message)
        {
            var request = message.Request;
            var text = new StringBuilder();
            text.Append("HTTP ").Append(request.Method).Append(' ').Append(SecretRedactor.RedactForTrace(request.Uri.ToUri()));
            var attempt = AttemptCounter.Get(message);
            if (attempt > 0)
                text.Append(" (retry ").Append(attempt).Append(')');
            AppendHeaders(text, request.Headers.Select(h => (h.Name, h.Value)));
            AppendBody(text, ReadRequestBody(request));
            EngineLog.Debug(text.ToString());
        }

        private static void TraceResponse(HttpMessage message, TimeSpan elapsed)
        {
            if (!message.HasResponse)
                return;
            var response = message.Response;
            var text = new StringBuilder();
            text.Append("HTTP ").Append(response.Status).Append(' ').Append(response.ReasonPhrase)
                .Append(" from ").Append(message.Request.Method).Append(' ').Append(SecretRedactor.RedactForTrace(message.Request.Uri.ToUri()))
                .Append(" in ").Append((long)elapsed.TotalMilliseconds).Append(" ms");
            AppendHeaders(text, response.Headers.Select(h => (h.Name, h.Value)));
            if (response.ContentStream is MemoryStream)
                AppendBody(text, response.Content.ToString());
            EngineLog.Debug(text.ToString());
        }

        private static void AppendHeaders(StringBuilder text, IEnumerable<(string Name, string Value)> headers)
        {
            foreach (var (name, value) in headers)
            {
                text.Append("\n  ").Append(name).Append(": ");
                text.Append(ShownHeaders.Contains(name) ? value : SecretRedactor.Mask);
            }
        }

        private static void AppendBody(StringBuilder text, string? body)
        {
            if (string.IsNullOrEmpty(body))
                return;
            var shown = body!.Length > MaxBodyChars ? body.Substring(0, MaxBodyChars) + $"... ({body.Length} chars)" : body;
            text.Append("\n  ").Append(shown);
        }

        private static string? ReadRequestBody(Request request)
        {
            var content = request.Content;
            if (content is null || !content.TryComputeLength(out var length) || length > 64 * 1024)
                return content is null ? null : "(binary or large body not shown)";
            if (request.Headers.TryGetValue("Content-Type", out var type) && type != null
                && type.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0 && type.IndexOf("text", StringComparison.OrdinalIgnoreCase) < 0)
                return $"({length} bytes of {type})";
            using var buffer = new MemoryStream();
            content.WriteTo(buffer, default);
            return Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
