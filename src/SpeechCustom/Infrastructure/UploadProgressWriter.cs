using System;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Shows an upload's progress as one Write-Progress bar. The engine reports from the thread that sends the bytes, many
    /// times a second; records go to the pipeline thread through the dispatcher, at most four a second plus the last one.
    /// </summary>
    internal sealed class UploadProgressWriter
    {
        private const int ProgressId = 0x5D;
        private readonly SpeechCmdlet cmdlet;
        private readonly string activity;
        private readonly object gate = new object();
        private DateTime last = DateTime.MinValue;
        private bool started;

        public UploadProgressWriter(SpeechCmdlet cmdlet, string activity)
        {
            this.cmdlet = cmdlet;
            this.activity = activity;
        }

        /// <summary>Called by the engine on any thread.</summary>
        public void Report(CsrUploadProgress progress)
        {
            lock (gate)
            {
                var done = progress.BytesSent >= progress.TotalBytes;
                if (!done && DateTime.UtcNow - last < TimeSpan.FromMilliseconds(250))
                    return;
                last = DateTime.UtcNow;
                started = true;
            }
            var record = new ProgressRecord(ProgressId, activity, $"{progress.FileName}: {Megabytes(progress.BytesSent)} of {Megabytes(progress.TotalBytes)} MB")
            {
                PercentComplete = Math.Max(0, Math.Min(100, progress.Percent)),
            };
            cmdlet.Dispatcher.Post(() => cmdlet.WriteProgress(record));
        }

        /// <summary>Closes the bar (pipeline thread).</summary>
        public void Complete()
        {
            lock (gate)
            {
                if (!started)
                    return;
            }
            cmdlet.WriteProgress(new ProgressRecord(ProgressId, activity, "Done") { RecordType = ProgressRecordType.Completed });
        }

        private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
