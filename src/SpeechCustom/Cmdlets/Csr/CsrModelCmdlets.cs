using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Gets the base models custom speech models are adapted from: by id, a filtered list, or the newest of each locale.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrBaseModel", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrBaseModel))]
    public sealed class GetCsrBaseModelCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Id", ValueFromPipeline = true)]
        [SttIdTransformation("CsrBaseModel")]
        [Alias("BaseModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = "List")]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? DisplayName { get; set; }

        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        [Parameter(ParameterSetName = "List")]
        public SwitchParameter Latest { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == "Id")
            {
                this.GetEach(Id, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.GetBaseModelAsync(id, ct));
                return;
            }
            string? filter = null;
            if (!Checked(() => filter = new FilterBuilder()
                .Equal("locale", Locale is null ? null : InputRules.LocaleOf(Locale, "Locale"))
                .Equal("displayName", DisplayName)
                .Raw(Filter)
                .Build(), Filter))
                return;
            if (!Latest)
            {
                this.WriteList(() => filter, (c, f, skip) => c.SpeechToText.ListBaseModels(f, skip, this.Top()), Filter);
                return;
            }
            // The newest per locale needs the whole list; -First/-Skip apply to the result.
            var context = ResolveContext();
            var window = new PagingWindow(PagingParameters);
            Run(async ct =>
            {
                foreach (var model in await context.SpeechToText.ListLatestBaseModelsAsync(filter, ct).ConfigureAwait(false))
                {
                    if (window.Take())
                        Emit(model);
                }
            });
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets custom speech models: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrModel", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CsrModel))]
    public sealed class GetCsrModelCmdlet : CsrGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel", PassThrough = new[] { "CsrProject" })]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => GetOrList(Id, (c, id, ct) => c.SpeechToText.GetModelAsync(id, ct), (c, filter, skip, top, project) => c.SpeechToText.ListModels(filter, skip, top, project));
    }

    /// <summary>
    /// <para type="synopsis">Changes the name, description, custom properties or project of custom speech models.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CsrModel", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrModel))]
    public sealed class SetCsrModelCmdlet : CsrUpdateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel")]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        protected override void ProcessRecord()
            => UpdateEach(Id, "model", Project, null, (c, update) => c.SpeechToText.CheckModelUpdate(update), (c, id, body, ct) => c.SpeechToText.UpdateModelAsync(id, body, ct));
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom speech models.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrModel", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrModelCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel")]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "model", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteModelAsync(id, ct));
    }
}
