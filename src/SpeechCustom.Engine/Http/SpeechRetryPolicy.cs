using System;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Azure.Core's retry loop (exponential backoff with jitter; Retry-After, retry-after-ms and x-ms-retry-after-ms
    /// honoured by its DelayStrategy) with two additions: a cap on how long the service may ask us to wait (beyond it
    /// the error is returned to the caller instead of blocking a runbook for an hour), and one Verbose line per retry
    /// because Azure Automation keeps the Verbose stream but not Debug.
    /// </summary>
    internal sealed class SpeechRetryPolicy : RetryPolicy
    {
        private readonly int maxRetries;
        private readonly TimeSpan maxServerDelay;

        public SpeechRetryPolicy(RetrySettings settings)
            : base(settings.MaxRetries, DelayStrategy.CreateExponentialDelayStrategy(settings.InitialDelay, settings.MaxDelay))
        {
            maxRetries = settings.MaxRetries;
            maxServerDelay = settings.MaxServerDelay;
        }

        protected override void OnSendingRequest(HttpMessage message) => AttemptCounter.Next(message);

        protected override ValueTask OnSendingRequestAsync(HttpMessage message)
        {
            AttemptCounter.Next(message);
            return default;
        }

        protected override bool ShouldRetry(HttpMessage message, Exception? exception)
            => Decide(message, exception, base.ShouldRetry(message, exception));

        protected override async ValueTask<bool> ShouldRetryAsync(HttpMessage message, Exception? exception)
            => Decide(message, exception, await base.ShouldRetryAsync(message, exception).ConfigureAwait(false));

        private bool Decide(HttpMessage message, Exception? exception, bool retry)
        {
            if (!retry)
                return false;

            var what = $"{message.Request.Method} {SecretRedactor.RedactForTrace(message.Request.Uri.ToUri())}";
            var serverDelay = message.HasResponse ? RetryAfter.FromResponse(message.Response) : null;
            if (serverDelay > maxServerDelay)
            {
                EngineLog.Verbose($"{what}: the service asked to wait {serverDelay.Value.TotalSeconds:0} s, more than the {maxServerDelay.TotalSeconds:0} s limit; not retrying.");
                return false;
            }

            var cause = exception != null ? exception.GetType().Name + ": " + exception.Message : "HTTP " + message.Response.Status;
            var wait = serverDelay.HasValue ? $"the service asked to wait {serverDelay.Value.TotalSeconds:0.###} s" : "backing off";
            EngineLog.Verbose($"{what} failed ({cause}); retry {AttemptCounter.Get(message) + 1} of {maxRetries}, {wait}.");
            return true;
        }
    }
}
