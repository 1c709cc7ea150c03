using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Operations
{
    /// <summary>
    /// Waits for any number of operations at once — the one poller every cmdlet uses. Each item polls on its own
    /// schedule (the service's Retry-After, else the polling interval); a semaphore caps requests in flight, and the
    /// connection's throttle gate pauses everyone when the service throttles. So a thousand items cost about one
    /// item's time, not the sum, without flooding the service. Cancellation (Ctrl+C) ends every wait at once.
    /// </summary>
    public sealed class OperationPoller
    {
        private readonly PollerSettings settings;
        private readonly IWaitObserver observer;
        private readonly CancellationToken cancellationToken;
        private readonly SemaphoreSlim inFlight;
        private readonly DateTimeOffset? deadline;
        private readonly List<Task> running = new List<Task>();
        private readonly object gate = new object();
        private int finished;
        private int failed;

        public OperationPoller(PollerSettings settings, IWaitObserver observer, CancellationToken cancellationToken)
        {
            this.settings = settings;
            this.observer = observer;
            this.cancellationToken = cancellationToken;
            inFlight = new SemaphoreSlim(Math.Max(1, settings.ThrottleLimit));
            if (settings.Timeout.HasValue)
                deadline = DateTimeOffset.UtcNow + settings.Timeout.Value;
        }

        public int Count
        {
            get
            {
                lock (gate)
                    return running.Count;
            }
        }

        public int Finished => Volatile.Read(ref finished);

        public int Failed => Volatile.Read(ref failed);

        /// <summary>Starts waiting for <paramref name="target"/> right away.</summary>
        public void Add(WaitTarget target)
        {
            var task = Task.Run(() => RunAsync(target));
            lock (gate)
                running.Add(task);
        }

        /// <summary>Completes when every item added so far has finished (or the wait was cancelled).</summary>
        public Task WhenAllAsync()
        {
            lock (gate)
                return Task.WhenAll(running.ToArray());
        }

        private async Task RunAsync(WaitTarget target)
        {
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (deadline.HasValue && DateTimeOffset.UtcNow >= deadline.Value)
                    {
                        Finish(target, PollResult.Failed(target.LastStatus ?? "Unknown", TimedOut(target), target.Input));
                        return;
                    }

                    PollResult result;
                    await inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        result = await target.PollAsync(cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        inFlight.Release();
                    }

                    if (!string.Equals(result.Status, target.LastStatus, StringComparison.Ordinal))
                    {
                        var previous = target.LastStatus;
                        target.LastStatus = result.Status;
                        observer.OnStatusChanged(target, previous, result.Status);
                    }
                    if (result.IsTerminal)
                    {
                        Finish(target, result);
                        return;
                    }
                    await Task.Delay(NextDelay(result), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped by the user: nothing more to report.
            }
            catch (SpeechException e)
            {
                Finish(target, PollResult.Failed(target.LastStatus ?? "Unknown", e, target.Input));
            }
        }

        private TimeSpan NextDelay(PollResult result)
        {
            var delay = result.RetryAfter ?? settings.PollingInterval;
            if (delay < settings.MinInterval)
                delay = settings.MinInterval;
            if (delay > settings.MaxInterval)
                delay = settings.MaxInterval;
            if (deadline.HasValue)
            {
                var left = deadline.Value - DateTimeOffset.UtcNow;
                if (left < delay)
                    delay = left > TimeSpan.Zero ? left : TimeSpan.Zero;
            }
            return delay;
        }

        private void Finish(WaitTarget target, PollResult result)
        {
            if (!result.Succeeded)
                Interlocked.Increment(ref failed);
            Interlocked.Increment(ref finished);
            observer.OnFinished(target, result);
        }

        private SpeechOperationFailedException TimedOut(WaitTarget target)
            => new SpeechOperationFailedException(
                "WaitTimedOut",
                $"{target} was still {target.LastStatus ?? "not started"} after {settings.Timeout!.Value.TotalSeconds:0} s. The work goes on in the service; wait again with Wait-SpeechOperation or raise -TimeoutSec.",
                target.ResourceId, target.Input, SpeechErrorCategory.OperationTimeout);
    }
}
