using System.Collections;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Compares two models on a dataset: creates a custom speech evaluation that measures both word error rates.</para>
    /// </summary>
    /// <remarks>
    /// A model (custom or base) piped in binds -Model1 by its ModelId/BaseModelId, and a dataset binds -Dataset by its
    /// DatasetId: distinct property names, so one kind can never fill the other's parameter.
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "CsrEvaluation", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrEvaluation))]
    public sealed class NewCsrEvaluationCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrModel", "CsrBaseModel")]
        [Alias("ModelId", "BaseModelId")]
        [ValidateNotNull]
        public object Model1 { get; set; } = null!;

        [Parameter(Mandatory = true)]
        [SttReferenceTransformation("CsrModel", "CsrBaseModel")]
        [ValidateNotNull]
        public object Model2 { get; set; } = null!;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrDataset")]
        [Alias("DatasetId")]
        [ValidateNotNull]
        public object Dataset { get; set; } = null!;

        [Parameter]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        public string? Locale { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        protected override void ProcessRecord()
        {
            var request = new CsrEvaluationRequest
            {
                Model1 = Unwrap(Model1),
                Model2 = Unwrap(Model2),
                Dataset = Unwrap(Dataset),
                DisplayName = DisplayName,
                Description = Description,
                Locale = Locale,
                Project = Project,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            var context = ResolveContext();
            if (!Checked(() => context.SpeechToText.CheckEvaluation(request), DisplayName))
                return;
            if (!ShouldProcess($"evaluation '{DisplayName}'", $"Evaluate {Describe(request.Model1)} against {Describe(request.Model2)} on dataset {Describe(request.Dataset)}"))
                return;
            CsrEvaluation? evaluation = null;
            Run(async ct => evaluation = await context.SpeechToText.CreateEvaluationAsync(request, ct).ConfigureAwait(false), DisplayName);
            if (evaluation != null)
            {
                WriteVerbose($"Evaluation '{DisplayName}' created: {evaluation.Id} ({evaluation.Status}).");
                Deliver(evaluation, context);
            }
        }

        private static object Unwrap(object value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        private static string Describe(object? reference) => reference is SttEntity entity ? $"'{entity.DisplayName}' ({entity.Id})" : reference?.ToString() ?? string.Empty;
    }

    /// <summary>
    /// <para type="synopsis">Gets custom speech evaluations: by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrEvaluation", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CsrEvaluation))]
    public sealed class GetCsrEvaluationCmdlet : CsrGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEvaluation", PassThrough = new[] { "CsrProject" })]
        [Alias("EvaluationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => GetOrList(Id, (c, id, ct) => c.SpeechToText.GetEvaluationAsync(id, ct), (c, filter, skip, top, project) => c.SpeechToText.ListEvaluations(filter, skip, top, project));
    }

    /// <summary>
    /// <para type="synopsis">Changes the name, description, custom properties or project of custom speech evaluations.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CsrEvaluation", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrEvaluation))]
    public sealed class SetCsrEvaluationCmdlet : CsrUpdateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEvaluation")]
        [Alias("EvaluationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        protected override void ProcessRecord()
            => UpdateEach(Id, "evaluation", Project, null, (c, update) => c.SpeechToText.CheckEvaluationUpdate(update), (c, id, body, ct) => c.SpeechToText.UpdateEvaluationAsync(id, body, ct));
    }

    /// <summary>
    /// <para type="synopsis">Deletes custom speech evaluations.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "CsrEvaluation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCsrEvaluationCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEvaluation")]
        [Alias("EvaluationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "evaluation", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteEvaluationAsync(id, ct));
    }
}
