using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Transcription;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Downloads the results of batch transcriptions, in parallel, as transcript objects and optionally as files.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Receive, "SpeechTranscriptionResult", SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechTranscriptionResult), typeof(SpeechTranscriptionReport))]
    public sealed class ReceiveSpeechTranscriptionResultCmdlet : SpeechServiceCmdlet
    {
        private readonly List<(SpeechContext Context, string Id)> transcriptions = new List<(SpeechContext, string)>();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechTranscription")]
        [Alias("TranscriptionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Destination { get; set; }

        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 8;

        [Parameter]
        public SwitchParameter IncludeReport { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        // Ids are collected first, so the files of every transcription share one bounded set of parallel downloads.
        protected override void ProcessRecord()
        {
            foreach (var id in Id)
            {
                if (Checked(() => InputRules.GuidOf(id, "Id"), id))
                    transcriptions.Add((ResolveContext(id), id));
            }
        }

        protected override void EndProcessing()
        {
            if (transcriptions.Count == 0)
                return;
            string? folder = null;
            if (Destination != null && !TryLocalPath(Destination, "Destination", null, out folder))
                return;
            // Writing files (and with -Force overwriting them) changes the disk: -WhatIf names the folder and receives nothing.
            if (folder != null && !ShouldProcess(folder, $"Save the result files of {transcriptions.Count} transcription(s)" + (Force ? ", overwriting existing files" : string.Empty)))
                return;
            var receiver = new ResultReceiver(ThrottleLimit, folder, Force);
            var sink = new CmdletResultSink(this, IncludeReport);
            Run(ct => Task.WhenAll(transcriptions.Select(t => receiver.ReceiveAsync(t.Context, t.Id, sink, ct))));
            sink.CompleteProgress();
            WriteVerbose($"Received {sink.Results} result(s) of {transcriptions.Count} transcription(s); {sink.Failures} failure(s).");
        }
    }
}
