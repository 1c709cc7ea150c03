using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Uploads training data from Azure Blob Storage into a custom voice training set.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "TrainingSetUpload", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceOperation), typeof(TrainingSet))]
    public sealed class NewTrainingSetUploadCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(TrainingSetIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string TrainingSetId { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        public TrainingDataKind Kind { get; set; }

        [Parameter(Mandatory = true)]
        [ValidateNotNull]
        public BlobContentSource? Audios { get; set; }

        [Parameter]
        public BlobContentSource? Scripts { get; set; }

        [Parameter]
        public TrainingDataProcessing? ProcessAs { get; set; }

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            // Input that needs no connection is checked first: a bad id is reported even when not connected.
            if (!Checked(() => { Engine.Validation.InputRules.CustomVoiceIdOf(TrainingSetId, "TrainingSetId"); CustomVoiceClient.OperationIdOrNew(OperationId); }, TrainingSetId))
                return;

            var context = ResolveContext();
            var request = new TrainingSetUploadRequest
            {
                Kind = Kind.ToString(),
                ProcessAs = ProcessAs?.ToString(),
                Audios = Audios,
                Scripts = Scripts,
                DisplayName = DisplayName,
                Description = Description,
            };
            // The rest (which may depend on the connection's API version) before ShouldProcess and before any request.
            if (!Checked(() => context.CustomVoice.CheckUpload(request), TrainingSetId))
                return;

            if (!ShouldProcess($"training set '{TrainingSetId}'", $"Upload {Kind} data from {Audios}"))
                return;

            VoiceOperation? operation = null;
            Run(async ct => operation = await context.CustomVoice.UploadTrainingSetAsync(TrainingSetId, request, OperationId, ct).ConfigureAwait(false), TrainingSetId);
            if (operation != null)
            {
                WriteVerbose($"Upload to training set '{TrainingSetId}' started: operation {operation.Id}.");
                Deliver(operation, context);
            }
        }
    }
}
