using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Gets custom speech datasets: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrDataset", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CsrDataset))]
    public sealed class GetCsrDatasetCmdlet : CsrGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
        [SttIdTransformation("CsrDataset", PassThrough = new[] { "CsrProject" })]
        [Alias("DatasetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = ListSet)]
        public CsrDatasetKind? Kind { get; set; }

        protected override void ProcessRecord()
            => GetOrList(Id, (c, id, ct) => c.SpeechToText.GetDatasetAsync(id, ct), (c, filter, skip, top, project) => c.SpeechToText.ListDatasets(filter, skip, top, project), filter => filter.Equal("kind", Kind?.ToString()));
    }

    /// <summary>
    /// <para type="synopsis">Changes the name, description, custom properties or project of custom speech datasets.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CsrDataset", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrDataset))]
    public sealed class SetCsrDatasetCmdlet : CsrUpdateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrDataset")]
        [Alias("DatasetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        protected override void ProcessRecord()
            => UpdateEach(Id, "dataset", Project, null, (c, update) => c.SpeechToText.CheckDatasetUpdate(update), (c, id, body, ct) => c.SpeechToText.UpdateDatasetAsync(id, body, ct));
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom speech datasets.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrDataset", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrDatasetCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrDataset")]
        [Alias("DatasetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "dataset", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteDatasetAsync(id, ct));
    }
}
