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
        private readonly SpeechCmdlet cmdlet;
        private readonly bool includeReport;
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
    }
}
