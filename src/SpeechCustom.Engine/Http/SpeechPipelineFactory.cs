using System;
using Azure.Core;
using Azure.Core.Pipeline;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Builds the one Azure.Core HttpPipeline of a connection: telemetry (User-Agent) → authentication → Azure.Core
    /// retries (our classifier and delay cap) → per attempt: the throttle gate and the redacting trace → transport.
    /// Azure.Core's own EventSource logging stays off: our trace writes redacted lines to the calling cmdlet only.
    /// </summary>
    internal static class SpeechPipelineFactory
    {
        public static HttpPipeline Build(HttpPipelinePolicy authentication, RetrySettings retry, HttpPipelineTransport? transport, out ThrottleGatePolicy gate)
        {
            var options = new SpeechClientOptions();
            options.Diagnostics.ApplicationId = "SpeechCustom/" + typeof(SpeechPipelineFactory).Assembly.GetName().Version?.ToString(3);
            options.Diagnostics.IsLoggingEnabled = false;
            options.Diagnostics.IsDistributedTracingEnabled = false;
            options.RetryPolicy = new SpeechRetryPolicy(retry);
            options.Retry.NetworkTimeout = retry.NetworkTimeout;
            if (transport != null)
                options.Transport = transport;

            gate = new ThrottleGatePolicy(retry.MaxServerDelay);
            return HttpPipelineBuilder.Build(new HttpPipelineOptions(options)
            {
                ResponseClassifier = new SpeechResponseClassifier(),
                PerCallPolicies = { authentication },
                PerRetryPolicies = { gate, new HttpTracePolicy() },
            });
        }

        private sealed class SpeechClientOptions : ClientOptions
        {
        }
    }
}
