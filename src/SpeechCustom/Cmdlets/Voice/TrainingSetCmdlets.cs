using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Creates an empty training set in a professional voice project.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "TrainingSet", SupportsShouldProcess = true)]
    [OutputType(typeof(TrainingSet))]
    public sealed class NewTrainingSetCmdlet : VoiceCreateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter]
        public VoiceGender? VoiceKind { get; set; }

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        protected override void ProcessRecord()
        {
            TrainingSet? body = null;
            var definition = new TrainingSet { Id = Id, ProjectId = ProjectId, Locale = Locale, VoiceKind = VoiceKind?.ToString(), DisplayName = DisplayName, Description = Description };
            if (!Checked(() => body = CustomVoiceClient.CheckTrainingSet(definition), Id))
                return;
            var context = ResolveContext();
            CreateOrReuse(context, "training set", Id, body!, $"Create training set in project '{ProjectId}'",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetTrainingSetAsync(Id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreateTrainingSetAsync(body!, ct).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets training sets: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "TrainingSet", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(TrainingSet))]
    public sealed class GetTrainingSetCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("TrainingSet")]
        [Alias("TrainingSetId")]
        [ArgumentCompleter(typeof(TrainingSetIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        public string? ProjectId { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetTrainingSetAsync(id, ct));
                return;
            }
            this.WriteList(() => VoiceFilters.Build(ProjectId, Locale, Filter), (c, filter, skip) => c.CustomVoice.ListTrainingSets(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes training sets.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "TrainingSet", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveTrainingSetCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("TrainingSet")]
        [Alias("TrainingSetId")]
        [ArgumentCompleter(typeof(TrainingSetIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "training set", Force, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeleteTrainingSetAsync(id, ct));
    }
}
