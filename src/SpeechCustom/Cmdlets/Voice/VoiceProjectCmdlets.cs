using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Creates a custom voice project (professional or personal voice).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VoiceProject", SupportsShouldProcess = true)]
    [OutputType(typeof(VoiceProject))]
    public sealed class NewVoiceProjectCmdlet : VoiceCreateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        public VoiceProjectKind Kind { get; set; }

        [Parameter]
        public string? Locale { get; set; }

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        protected override void ProcessRecord()
        {
            VoiceProject? body = null;
            if (!Checked(() => body = CustomVoiceClient.CheckProject(new VoiceProject { Id = Id, Kind = Kind.ToString(), Locale = Locale, DisplayName = DisplayName, Description = Description }), Id))
                return;
            var context = ResolveContext();
            CreateOrReuse(context, "project", Id, body!, $"Create {Kind} project",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetProjectAsync(Id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreateProjectAsync(body!, ct).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets custom voice projects: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceProject", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(VoiceProject))]
    public sealed class GetVoiceProjectCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceProject")]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        public VoiceProjectKind? Kind { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetProjectAsync(id, ct));
                return;
            }
            this.WriteList(
                () => VoiceFilters.Build(null, Locale, Filter, Kind?.ToString()),
                (c, filter, skip) => c.CustomVoice.ListProjects(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom voice projects and everything in them.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VoiceProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveVoiceProjectCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceProject")]
        [Alias("ProjectId")]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "project", Force, id => InputRules.CustomVoiceIdOf(id, "Id"),
                (c, id, ct) => c.CustomVoice.DeleteProjectAsync(id, Force, ct),
                Force ? "Remove, with its consents, training sets, models and endpoints" : "Remove, with its consents and training sets");
    }
}
