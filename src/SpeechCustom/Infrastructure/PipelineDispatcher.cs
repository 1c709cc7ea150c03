using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Lets async engine work running on pool threads write to the pipeline: workers post actions (WriteObject,
    /// WriteVerbose, WriteError...), and the pipeline thread runs them while it waits. PowerShell only accepts Write*
    /// calls from the pipeline thread (the AutoRest AsyncCommandRuntime pattern).
    /// </summary>
    internal sealed class PipelineDispatcher
    {
        private static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(100);
        private readonly BlockingCollection<Action> queue = new BlockingCollection<Action>(new ConcurrentQueue<Action>());

        /// <summary>Queues <paramref name="action"/> for the pipeline thread. Safe from any thread.</summary>
        public void Post(Action action) => queue.Add(action);

        /// <summary>On the pipeline thread: runs posted actions until <paramref name="work"/> completes, calling <paramref name="tick"/> about every 100 ms.</summary>
        public void PumpUntil(Task work, Action? tick = null)
        {
            // Wake the loop as soon as the work ends instead of at the next tick.
            work.ContinueWith(_ => queue.Add(() => { }), TaskScheduler.Default);
            var nextTick = DateTime.UtcNow + TickInterval;
            while (!work.IsCompleted)
            {
                var wait = nextTick - DateTime.UtcNow;
                if (wait > TimeSpan.Zero && queue.TryTake(out var action, wait))
                    action();
                if (DateTime.UtcNow >= nextTick)
                {
                    tick?.Invoke();
                    nextTick = DateTime.UtcNow + TickInterval;
                }
            }
            Drain();
        }

        /// <summary>
        /// Completes once everything posted before it has been written by the pipeline thread: a worker awaits it to
        /// let downstream commands see a page before the next one is requested.
        /// </summary>
        public async Task FlushAsync(System.Threading.CancellationToken cancellationToken)
        {
            var written = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Post(() => written.TrySetResult(true));
            var stopped = Task.Delay(System.Threading.Timeout.Infinite, cancellationToken);
            if (await Task.WhenAny(written.Task, stopped).ConfigureAwait(false) == stopped)
                cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>On the pipeline thread: runs whatever is queued now, without waiting.</summary>
        public void Drain()
        {
            while (queue.TryTake(out var action))
                action();
        }
    }
}
