using System.Management.Automation;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>
    /// <para type="synopsis">Uploads a voice talent's recorded consent statement.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "VoiceConsent", SupportsShouldProcess = true, DefaultParameterSetName = FileSet)]
    [OutputType(typeof(VoiceConsent))]
    public sealed class NewVoiceConsentCmdlet : VoiceCreateCmdlet
    {
        private const string FileSet = "AudioPath";
        private const string UrlSet = "AudioUrl";

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Id { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(VoiceProjectIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string ProjectId { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string VoiceTalentName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string CompanyName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = FileSet)]
        [ValidateNotNullOrEmpty]
        public string AudioPath { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = UrlSet)]
        [ValidateNotNullOrEmpty]
        public string AudioUrl { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? DisplayName { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            var path = ParameterSetName == FileSet ? GetUnresolvedProviderPathFromPSPath(AudioPath) : null;
            var definition = new VoiceConsent
            {
                Id = Id, ProjectId = ProjectId, VoiceTalentName = VoiceTalentName, CompanyName = CompanyName, Locale = Locale,
                AudioUrl = ParameterSetName == UrlSet ? AudioUrl : null, DisplayName = DisplayName, Description = Description,
            };
            VoiceConsent? body = null;
            if (!Checked(() => { body = CustomVoiceClient.CheckConsent(definition, path); CustomVoiceClient.OperationIdOrNew(OperationId); }, Id))
                return;
            var context = ResolveContext();
            CreateOrReuse(context, "consent", Id, body!, $"Upload the consent of {VoiceTalentName} ({CompanyName}) into project '{ProjectId}'",
                async ct => await CustomVoiceClient.TryGetAsync(() => context.CustomVoice.GetConsentAsync(Id, ct)).ConfigureAwait(false),
                async ct => await context.CustomVoice.CreateConsentAsync(definition, path, OperationId, ct).ConfigureAwait(false));
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets voice talent consents: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VoiceConsent", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(VoiceConsent))]
    public sealed class GetVoiceConsentCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipelineByPropertyName = true)]
        [Alias("ConsentId")]
        [ArgumentCompleter(typeof(VoiceConsentIdCompleter))]
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
                this.GetEach(Id, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.GetConsentAsync(id, ct));
                return;
            }
            this.WriteList(() => VoiceFilters.Build(ProjectId, Locale, Filter), (c, filter, skip) => c.CustomVoice.ListConsents(filter, skip, null));
        }
    }

    /// <summary>
    /// <para type="synopsis">Deletes voice talent consents.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "VoiceConsent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveVoiceConsentCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("ConsentId")]
        [ArgumentCompleter(typeof(VoiceConsentIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "consent", Force, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeleteConsentAsync(id, ct));
    }

    /// <summary>The filter every custom voice list understands: projectId and locale, plus the caller's own.</summary>
    internal static class VoiceFilters
    {
        public static string? Build(string? projectId, string? locale, string? filter, string? kind = null) => new FilterBuilder()
            .Equal("projectId", projectId is null ? null : InputRules.CustomVoiceIdOf(projectId, "ProjectId"))
            .Equal("locale", locale is null ? null : InputRules.LocaleOf(locale, "Locale"))
            .Equal("kind", kind)
            .Raw(filter)
            .Build();
    }
}
