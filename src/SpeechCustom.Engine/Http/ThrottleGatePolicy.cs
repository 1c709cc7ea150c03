using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// One request budget per connection. When the service throttles (429, or 503 with Retry-After), every request
    /// of the connection holds back until the wait the service asked for has passed, instead of each of a thousand
    /// concurrent polls finding out on its own. Runs once per attempt, before the transport.
    /// </summary>
    internal sealed class ThrottleGatePolicy : HttpPipelinePolicy
    {
        private readonly TimeSpan maxPause;
        private long resumeAtTicks; // UTC ticks; 0 = open

        public ThrottleGatePolicy(TimeSpan maxPause) => this.maxPause = maxPause;

        public TimeSpan RemainingPause
        {
            get
            {
                var resumeAt = Interlocked.Read(ref resumeAtTicks);
                var remaining = new TimeSpan(resumeAt - DateTime.UtcNow.Ticks);
                return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
            }
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var pause = RemainingPause;
            if (pause > TimeSpan.Zero)
                await Task.Delay(pause, message.CancellationToken).ConfigureAwait(false);
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
            Observe(message);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var pause = RemainingPause;
            if (pause > TimeSpan.Zero)
                message.CancellationToken.WaitHandle.WaitOne(pause);
            message.CancellationToken.ThrowIfCancellationRequested();
            ProcessNext(message, pipeline);
            Observe(message);
        }

        private void Observe(HttpMessage message)
        {
            if (!message.HasResponse)
                return;
            var status = message.Response.Status;
            if (status != 429 && status != 503)
                return;
            var wait = RetryAfter.FromResponse(message.Response);
            if (wait is null && status == 503)
                return;
            var pause = wait ?? TimeSpan.FromSeconds(1);
            if (pause > maxPause)
                pause = maxPause;

            var until = DateTime.UtcNow.Ticks + pause.Ticks;
            long current;
            do
            {
                current = Interlocked.Read(ref resumeAtTicks);
                if (current >= until)
                    return;
            }
            while (Interlocked.CompareExchange(ref resumeAtTicks, until, current) != current);
            EngineLog.Verbose($"The service is throttling ({status}); holding requests on this connection for {pause.TotalSeconds:0.###} s.");
        }
    }
}
