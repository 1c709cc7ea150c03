using System;
using System.Collections.Generic;
using System.Linq;
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

        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string VoiceTalentName { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
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

        [Parameter]
        public string? DisplayName { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? OperationId { get; set; }

        protected override void ProcessRecord()
        {
            string? path = null;
            if (ParameterSetName == FileSet && !TryLocalPath(AudioPath, "AudioPath", "AudioUrl", out path))
                return;
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
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceConsent")]
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
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [ResourceIdTransformation("VoiceConsent")]
        [Alias("ConsentId")]
        [ArgumentCompleter(typeof(VoiceConsentIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "consent", Force, id => InputRules.CustomVoiceIdOf(id, "Id"), (c, id, ct) => c.CustomVoice.DeleteConsentAsync(id, ct));
    }

    /// <summary>
    /// The filters of the custom voice lists: -Filter (sent as given), -ProjectId, -Locale and -Kind. The API documents one
    /// condition per filter, so only one goes to the service (the caller's own -Filter when given, else the first of
    /// projectId, kind, locale) and the others are checked on what comes back.
    /// </summary>
    internal static class VoiceFilters
    {
        public static ListFilter Build(string? projectId, string? locale, string? filter, string? kind = null)
        {
            var conditions = new List<(string Property, string Value)>();
            if (projectId != null)
                conditions.Add(("projectId", InputRules.CustomVoiceIdOf(projectId, "ProjectId")));
            if (kind != null)
                conditions.Add(("kind", kind));
            if (locale != null)
                conditions.Add(("locale", InputRules.LocaleOf(locale, "Locale")));

            string? server;
            if (!string.IsNullOrWhiteSpace(filter))
            {
                server = filter!.Trim();
            }
            else if (conditions.Count > 0)
            {
                server = new FilterBuilder().Equal(conditions[0].Property, conditions[0].Value).Build();
                conditions.RemoveAt(0);
            }
            else
            {
                server = null;
            }
            if (conditions.Count == 0)
                return new ListFilter(server, null);
            return new ListFilter(server, item =>
            {
                var properties = PSObject.AsPSObject(item).Properties;
                return conditions.All(c => string.Equals(properties[c.Property]?.Value?.ToString(), c.Value, StringComparison.OrdinalIgnoreCase));
            });
        }
    }
}
