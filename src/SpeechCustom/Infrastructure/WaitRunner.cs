using System;
using System.Linq;
using System.Management.Automation;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Operations;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Drives the engine's <see cref="OperationPoller"/> for a cmdlet (Wait-SpeechOperation, and every -Wait): items
    /// start polling as they arrive from the pipeline; each status change goes to Verbose (Azure Automation keeps
    /// Verbose, not Progress); one progress bar counts them; each finished item is written — the final resource, or a
    /// non-terminating error with the service's code and reason.
    /// </summary>
    internal sealed class WaitRunner : IWaitObserver
    {
        private const int ProgressId = 0x5C;
        private readonly SpeechCmdlet cmdlet;
        private readonly OperationPoller poller;
        private readonly CmdletEngineLog log;
        private readonly string activity;
        private DateTime lastProgress = DateTime.MinValue;

        public WaitRunner(SpeechCmdlet cmdlet, PollerSettings settings, bool debugEnabled, string activity = "Waiting for Speech operations")
        {
            this.cmdlet = cmdlet;
            this.activity = activity;
            log = new CmdletEngineLog(cmdlet, cmdlet.Dispatcher, debugEnabled);
            poller = new OperationPoller(settings, this, cmdlet.StopTokenForWait);
        }

        public int Count => poller.Count;

        /// <summary>Starts waiting for <paramref name="item"/> (pipeline thread). Throws SpeechInputException for things that cannot be waited on.</summary>
        public void Add(object item, SpeechContext context)
        {
            var target = WaitTargets.For(item, context);
            using (EngineLog.Use(log))
                poller.Add(target);
        }

        /// <summary>Writes what has finished so far, without waiting (pipeline thread, between pipeline inputs).</summary>
        public void Pump()
        {
            cmdlet.Dispatcher.Drain();
            UpdateProgress(force: false);
        }

        /// <summary>Waits for everything added, writing results as they finish (pipeline thread).</summary>
        public void Complete()
        {
            if (poller.Count == 0)
                return;
            try
            {
                cmdlet.Run(_ => poller.WhenAllAsync(), tick: () => UpdateProgress(force: false), terminating: true);
            }
            finally
            {
                CompleteProgress();
            }
        }

        public void OnStatusChanged(WaitTarget target, string? previousStatus, string status)
            => log.Verbose($"{target}: {previousStatus ?? "submitted"} -> {status}");

        public void OnFinished(WaitTarget target, PollResult result)
        {
            if (result.Succeeded)
            {
                cmdlet.Emit(result.Resource);
            }
            else
            {
                cmdlet.EmitError(result.Failure!, result.Resource ?? target.Input);
            }
        }

        private void UpdateProgress(bool force)
        {
            if (poller.Count == 0 || (!force && DateTime.UtcNow - lastProgress < TimeSpan.FromMilliseconds(250)))
                return;
            lastProgress = DateTime.UtcNow;
            var total = poller.Count;
            var done = poller.Finished;
            var record = new ProgressRecord(ProgressId, activity, $"{done} of {total} finished" + (poller.Failed > 0 ? $", {poller.Failed} failed" : string.Empty))
            {
                PercentComplete = total == 0 ? 0 : Math.Min(100, done * 100 / total),
            };
            cmdlet.WriteProgress(record);
        }

        private void CompleteProgress()
        {
            if (poller.Count == 0)
                return;
            try
            {
                cmdlet.WriteProgress(new ProgressRecord(ProgressId, activity, "Done") { RecordType = ProgressRecordType.Completed });
            }
            catch (PipelineStoppedException)
            {
                // Stopping: nothing left to show.
            }
        }
    }
}
