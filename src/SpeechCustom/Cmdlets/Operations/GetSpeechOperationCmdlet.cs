using System.Management.Automation;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Operations
{
    /// <summary>
    /// <para type="synopsis">Gets the current state of custom voice operations.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechOperation", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VoiceOperation))]
    public sealed class GetSpeechOperationCmdlet : SpeechServiceCmdlet
    {
        private const string IdSet = "Id";
        private const string InputObjectSet = "InputObject";

        // Operation objects from the pipeline bind to -InputObject and keep what the module knows about them (which
        // resource they work on); ids bind here, as strings or by the OperationId property.
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("OperationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = InputObjectSet, ValueFromPipeline = true)]
        [ValidateNotNull]
        public VoiceOperation? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject != null)
            {
                var known = InputObject;
                var context = ResolveContext(known);
                Run(async ct =>
                {
                    var current = await context.CustomVoice.GetOperationAsync(known.Id, ct).ConfigureAwait(false);
                    current.Kind = known.Kind;
                    current.ResourceType = known.ResourceType;
                    current.ResourceId = known.ResourceId;
                    current.OperationLocation = known.OperationLocation;
                    current.SubmittedDateTime = known.SubmittedDateTime;
                    Emit(current);
                }, known.Id);
                return;
            }

            foreach (var id in Id)
            {
                if (!Checked(() => InputRules.CustomVoiceIdOf(id, "Id"), id))
                    continue;
                var connection = ResolveContext();
                Run(async ct => Emit(await connection.CustomVoice.GetOperationAsync(id, ct).ConfigureAwait(false)), id);
            }
        }
    }
}
