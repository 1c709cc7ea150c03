using System;
using Azure.Core;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Which failures are retried. Idempotent requests: 408, 429, 500, 502, 503, 504 and transport errors.
    /// A POST without Operation-Id only when the service says it did not take the request: 429, or 503 with a
    /// Retry-After. Anything else could have created the resource already, so retrying could create it twice.
    /// </summary>
    internal sealed class SpeechResponseClassifier : ResponseClassifier
    {
        public override bool IsRetriableResponse(HttpMessage message)
        {
            var status = message.Response.Status;
            if (RequestIdempotency.IsIdempotent(message.Request))
                return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;

            return status == 429 || (status == 503 && RetryAfter.FromResponse(message.Response).HasValue);
        }

        public override bool IsRetriableException(Exception exception)
        {
            // The transport failed: we cannot know whether a non-idempotent request reached the service.
            return base.IsRetriableException(exception);
        }

        public override bool IsRetriable(HttpMessage message, Exception exception)
            => RequestIdempotency.IsIdempotent(message.Request) && IsRetriableException(exception);
    }
}
