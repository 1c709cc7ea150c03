using System.Collections;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Creates a custom speech project (API versions v3.2 and 2025-10-15).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CsrProject", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrProject))]
    public sealed class NewCsrProjectCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? FoundryProjectName { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new CsrProjectDefinition
            {
                DisplayName = DisplayName, Locale = Locale, Description = Description, FoundryProjectName = FoundryProjectName,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            if (!Checked(() => SpeechToTextClient.CheckProjectDefinition(definition), DisplayName))
                return;
            var context = ResolveContext();
            CsrProjectDefinition? body = null;
            if (!Checked(() => body = context.SpeechToText.CheckProject(definition), DisplayName))
                return;
            if (!ShouldProcess($"project '{DisplayName}' ({Locale})", "Create"))
                return;
            CsrProject? project = null;
            Run(async ct => project = await context.SpeechToText.CreateProjectAsync(body!, ct).ConfigureAwait(false), DisplayName);
            if (project != null)
            {
                WriteVerbose($"Project '{DisplayName}' created: {project.Id}.");
                Deliver(project, context);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets custom speech projects: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrProject", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrProject))]
    public sealed class GetCsrProjectCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [SttIdTransformation("CsrProject")]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? DisplayName { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? FoundryProjectName { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.GetProjectAsync(id, ct));
                return;
            }
            this.WriteList(
                () =>
                {
                    if (FoundryProjectName != null)
                        ResolveContext().SpeechToText.RequireVersions("-FoundryProjectName", "2025-10-15");
                    return new FilterBuilder()
                        .Equal("locale", Locale is null ? null : InputRules.LocaleOf(Locale, "Locale"))
                        .Equal("displayName", DisplayName)
                        .Equal("foundryProjectName", FoundryProjectName)
                        .Raw(Filter)
                        .Build();
                },
                (c, filter, skip) => c.SpeechToText.ListProjects(filter, skip, this.Top()));
        }
    }

    /// <summary>
    /// <para type="synopsis">Changes the name, description, custom properties or Foundry project name of custom speech projects.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CsrProject", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrProject))]
    public sealed class SetCsrProjectCmdlet : CsrUpdateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrProject")]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public string? FoundryProjectName { get; set; }

        protected override void ProcessRecord()
            => UpdateEach(Id, "project", null, FoundryProjectName, (c, update) => c.SpeechToText.CheckProjectUpdate(update), (c, id, body, ct) => c.SpeechToText.UpdateProjectAsync(id, body, ct));
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom speech projects (what they hold stays).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrProject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrProjectCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrProject")]
        [Alias("ProjectId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "project", Force,
                id =>
                {
                    ResolveContext().SpeechToText.RequireProjects("Remove-CsrProject");
                    return InputRules.GuidOf(id, "Id");
                },
                (c, id, ct) => c.SpeechToText.DeleteProjectAsync(id, ct));
    }
}
