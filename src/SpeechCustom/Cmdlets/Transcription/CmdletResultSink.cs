using System;
using System.Management.Automation;
using System.Threading;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Transcription;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// Passes what the engine's parallel downloads produce to the cmdlet's pipeline thread: each transcript as output,
    /// the report when asked for, and each failure (a failed audio, a file that could not be read) as a non-terminating error.
    /// </summary>
    internal sealed class CmdletResultSink : ITranscriptionResultSink
    {
        private const int ProgressId = 0x5E;
        private const string Activity = "Receiving transcription results";
        private readonly SpeechCmdlet cmdlet;
        private readonly bool includeReport;
        private readonly object progressGate = new object();
        private DateTime lastProgress = DateTime.MinValue;
        private bool progressShown;
        private int results;
        private int failures;

        public CmdletResultSink(SpeechCmdlet cmdlet, bool includeReport)
        {
            this.cmdlet = cmdlet;
            this.includeReport = includeReport;
        }

        public int Results => Volatile.Read(ref results);

        public int Failures => Volatile.Read(ref failures);

        public void OnResult(SpeechTranscriptionResult result)
        {
            Interlocked.Increment(ref results);
            cmdlet.Emit(result);
        }

        public void OnReport(SpeechTranscriptionReport report)
        {
            cmdlet.EmitVerbose($"Transcription {report.TranscriptionId}: {report}.");
            if (includeReport)
                cmdlet.Emit(report);
        }

        public void OnFailure(SpeechException failure, object? target)
        {
            Interlocked.Increment(ref failures);
            cmdlet.EmitError(failure, target);
        }

        /// <summary>One bar for all files of all transcriptions, at most four updates a second (files finish from many threads).</summary>
        public void OnProgress(int filesDone, int filesFound)
        {
            lock (progressGate)
            {
                if (filesDone < filesFound && DateTime.UtcNow - lastProgress < TimeSpan.FromMilliseconds(250))
                    return;
                lastProgress = DateTime.UtcNow;
                progressShown = true;
            }
            var record = new ProgressRecord(ProgressId, Activity, $"{filesDone} of {filesFound} files")
            {
                PercentComplete = filesFound == 0 ? 0 : Math.Min(100, filesDone * 100 / filesFound),
            };
            cmdlet.Dispatcher.Post(() => cmdlet.WriteProgress(record));
        }

        /// <summary>Closes the bar (pipeline thread).</summary>
        public void CompleteProgress()
        {
            lock (progressGate)
            {
                if (!progressShown)
                    return;
            }
            cmdlet.WriteProgress(new ProgressRecord(ProgressId, Activity, "Done") { RecordType = ProgressRecordType.Completed });
        }
    }
}
