using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Creates a personal voice from prompt audio: local files, or files in Azure Blob Storage.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "PersonalVoice", SupportsShouldProcess = true, DefaultParameterSetName = FileSet)]
    [OutputType(typeof(PersonalVoice))]
    public sealed class NewPersonalVoiceCmdlet : VoiceCreateCmdlet
    {
        private const string FileSet = "AudioPath";
        private const string BlobSet = "Audios";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceConsentIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ConsentId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string[] AudioPath { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = BlobSet)]
        [ValidateNotNull]
        public BlobContentSource? Audios { get; set; }

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            List<string>? paths = null;
            if (ParameterSetName == FileSet)
            {
                paths = new List<string>();
                foreach (var audioPath in AudioPath)
                {
                    if (!TryLocalPath(audioPath, "AudioPath", "Audios", out var full))
                        return;
                    paths.Add(full);
                }
            }
            var definition = new PersonalVoice { Id = Id, ProjectId = ProjectId, ConsentId = ConsentId, Audios = Audios, DisplayName = DisplayName, Description = Description };
            PersonalVoice? body = null;
            if (!Checked(() => { body = CustomVoiceClient.CheckPersonalVoice(definition, paths); CustomVoiceClient.OperationIdOrNew(OperationId); }, Id))
                return;
            var context = ResolveContext();
            var source = paths != null ? $"{paths.Count} local file(s)" : Audios!.ToString();
            CreateOrReuse(context, "personal voice", Id, body!, $"Create in project '{ProjectId}' from {source} with consent '{ConsentId}'",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetPersonalVoiceAsync(Id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreatePersonalVoiceAsync(definition, paths, OperationId, ct).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets personal voices: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "PersonalVoice", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(PersonalVoice))]
    public sealed class GetPersonalVoiceCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("PersonalVoice")]
        [Alias("PersonalVoiceId")]
        [ArgumentCompleter(typeof(PersonalVoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetPersonalVoiceAsync(id, ct));
                return;
            }
            this.WriteList(() => VoiceFilters.Build(ProjectId, null, Filter), (c, filter, skip) => c.CustomVoice.ListPersonalVoices(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes personal voices.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "PersonalVoice", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemovePersonalVoiceCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("PersonalVoice")]
        [Alias("PersonalVoiceId")]
        [ArgumentCompleter(typeof(PersonalVoiceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "personal voice", Force, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeletePersonalVoiceAsync(id, ct));
    }
}
