using System;
using System.Collections.Generic;
using System.Text.Json;
using Azure;
using Azure.Core;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Errors
{
    /// <summary>
    /// Turns an error response of either API into a <see cref="SpeechServiceException"/>. Custom voice wraps the
    /// error (<c>{"error":{code,message,target,details,innererror}}</c> plus x-ms-error-code); speech to text does not
    /// (<c>{code,message,target,details,innerError}</c>). Anything else (an HTML gateway page) still yields the status.
    /// </summary>
    internal static class ServiceErrorParser
    {
        public static SpeechServiceException Parse(Request request, Response response)
        {
            string? code = null;
            string? message = null;
            string? target = null;
            var innerCodes = new List<string>();
            try
            {
                var text = response.Content.ToString();
                if (!string.IsNullOrWhiteSpace(text) && text.TrimStart().StartsWith("{", StringComparison.Ordinal))
                {
                    using var doc = JsonDocument.Parse(text);
                    var error = doc.RootElement;
                    if (error.TryGetProperty("error", out var wrapped) && wrapped.ValueKind == JsonValueKind.Object)
                        error = wrapped;
                    code = GetString(error, "code");
                    message = GetString(error, "message") ?? GetString(error, "error_description");
                    target = GetString(error, "target");
                    CollectInner(error, innerCodes, ref message);
                }
            }
            catch (JsonException)
            {
                // Not JSON after all: fall back to the status line below.
            }
            catch (InvalidOperationException)
            {
                // The content stream was not buffered (a streamed download): nothing to parse.
            }

            if (response.Headers.TryGetValue("x-ms-error-code", out var headerCode) && !string.IsNullOrEmpty(headerCode) && string.IsNullOrEmpty(code))
                code = headerCode;
            code ??= DefaultCode(response.Status);
            message ??= string.IsNullOrEmpty(response.ReasonPhrase) ? $"The service returned HTTP {response.Status}." : response.ReasonPhrase + ".";

            return new SpeechServiceException(
                response.Status, code!, innerCodes, message!, target, RequestIdOf(response), request.Method.ToString(),
                SecretRedactor.RedactForTrace(request.Uri.ToUri()), RecommendedAction(response.Status, code!));
        }

        public static string? RequestIdOf(Response response)
        {
            foreach (var name in new[] { "apim-request-id", "x-ms-request-id", "x-ms-client-request-id" })
            {
                if (response.Headers.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value))
                    return value;
            }
            return null;
        }

        private static void CollectInner(JsonElement error, List<string> codes, ref string? message)
        {
            // Inner errors carry the precise reason (e.g. InvalidPayload); details[] often hold the useful message.
            var current = error;
            for (var depth = 0; depth < 8; depth++)
            {
                if (!TryGetObject(current, "innererror", out var inner) && !TryGetObject(current, "innerError", out inner))
                    break;
                var innerCode = GetString(inner, "code");
                if (!string.IsNullOrEmpty(innerCode))
                    codes.Add(innerCode!);
                current = inner;
            }
            if (error.TryGetProperty("details", out var details) && details.ValueKind == JsonValueKind.Array)
            {
                foreach (var detail in details.EnumerateArray())
                {
                    var detailMessage = GetString(detail, "message");
                    if (!string.IsNullOrEmpty(detailMessage) && (message is null || message.IndexOf(detailMessage!, StringComparison.Ordinal) < 0))
                        message = message is null ? detailMessage : message + " " + detailMessage;
                }
            }
        }

        private static bool TryGetObject(JsonElement element, string name, out JsonElement value)
            => element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.Object;

        private static string? GetString(JsonElement element, string name)
            => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

        private static string DefaultCode(int status) => status switch
        {
            400 => "BadRequest",
            401 => "Unauthorized",
            403 => "Forbidden",
            404 => "NotFound",
            409 => "Conflict",
            429 => "TooManyRequests",
            503 => "ServiceUnavailable",
            _ => status >= 500 ? "InternalServerError" : "HttpError" + status,
        };

        private static string? RecommendedAction(int status, string code) => status switch
        {
            401 => "Check the key or the identity used by Connect-SpeechService, and that the endpoint belongs to the same Speech resource.",
            403 => "Make sure the identity has the 'Cognitive Services Speech Contributor' role on the Speech resource, and that the feature is enabled for it.",
            404 => "Check the id and the endpoint (region or custom domain) of the Speech resource.",
            429 => "The service is throttling; the request was retried. Lower the concurrency (-ThrottleLimit) or try again later.",
            _ when status >= 500 => "The service failed; the request was retried. Try again later and quote the request id if it persists.",
            _ => null,
        };
    }
}
