using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Creates a personal voice from prompt audio in Azure Blob Storage.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "PersonalVoice", SupportsShouldProcess = true)]
    [OutputType(typeof(PersonalVoice))]
    public sealed class NewPersonalVoiceCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("PersonalVoiceId")]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ConsentId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNull]
        public BlobContentSource? Audios { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? DisplayName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new PersonalVoice
            {
                Id = Id,
                ProjectId = ProjectId,
                ConsentId = ConsentId,
                Audios = Audios,
                DisplayName = DisplayName,
                Description = Description,
            };
            if (!Checked(() => { CustomVoiceClient.CheckPersonalVoice(definition); CustomVoiceClient.OperationIdOrNew(OperationId); }, Id))
                return;

            var context = ResolveContext();
            if (!ShouldProcess($"personal voice '{Id}' in project '{ProjectId}'", $"Create from {Audios} with consent '{ConsentId}'"))
                return;

            PersonalVoice? voice = null;
            Run(async ct => voice = await context.CustomVoice.CreatePersonalVoiceAsync(definition, OperationId, ct).ConfigureAwait(false), Id);
            if (voice != null)
                Deliver(voice, context);
        }
    }
}
