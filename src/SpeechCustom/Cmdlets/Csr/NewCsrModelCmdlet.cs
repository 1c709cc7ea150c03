using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Trains a custom speech model: a base model adapted with datasets.</para>
    /// </summary>
    /// <remarks>
    /// Datasets piped in are collected, and one model is trained from all of them when the input ends
    /// (Get-CsrDataset -Kind Language | New-CsrModel ... makes one model, not one per dataset).
    /// </remarks>
    [Cmdlet(VerbsCommon.New, "CsrModel", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrModel))]
    public sealed class NewCsrModelCmdlet : WaitableCmdlet
    {
        // Checked here rather than as a parameter transformation: a piped object the binder refused would be dropped
        // silently, and the model trained from the rest. Refused inputs are counted, and then nothing is trained.
        private static readonly SttReferenceTransformationAttribute DatasetReference = new SttReferenceTransformationAttribute("CsrDataset");
        private readonly List<object> datasets = new List<object>();
        private int refused;

        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true)]
        [SttReferenceTransformation("CsrBaseModel")]
        [ValidateNotNull]
        public object BaseModel { get; set; } = null!;

        [Parameter(ValueFromPipeline = true)]
        [Alias("DatasetId")]
        public object[]? Dataset { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        public string? Locale { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter]
        public string? Text { get; set; }

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public int? CustomModelWeightPercent { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var dataset in Dataset ?? new object[0])
            {
                if (dataset is null)
                    continue;
                object? reference;
                try
                {
                    reference = DatasetReference.Transform(null!, dataset);
                }
                catch (ArgumentTransformationMetadataException e)
                {
                    refused++;
                    WriteError(new ErrorRecord(e, "InvalidDataset", ErrorCategory.InvalidArgument, dataset));
                    continue;
                }
                datasets.Add(reference is PSObject wrapped ? wrapped.BaseObject : reference!);
            }
        }

        protected override void EndProcessing()
        {
            if (refused > 0)
                WriteError(ErrorRecords.From(new Engine.Errors.SpeechInputException("ModelNotTrained",
                    $"No model was trained: {refused} of the inputs to -Dataset were not datasets (see the errors above). Train from the datasets you meant, for example with -Dataset $datasets.", "Dataset"), DisplayName));
            else
                Create();
            base.EndProcessing();
        }

        private void Create()
        {
            var request = new CsrModelRequest
            {
                BaseModel = BaseModel is PSObject wrapped ? wrapped.BaseObject : BaseModel,
                Datasets = datasets,
                DisplayName = DisplayName,
                Description = Description,
                Locale = Locale,
                Text = Text,
                Project = Project,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
                CustomModelWeightPercent = CustomModelWeightPercent,
            };
            var context = ResolveContext();
            if (!Checked(() => context.SpeechToText.CheckModel(request), DisplayName))
                return;
            var from = datasets.Count == 1 ? "1 dataset" : $"{datasets.Count} datasets";
            if (!ShouldProcess($"model '{DisplayName}'", $"Train from {from}" + (Text is null ? string.Empty : " and adaptation text")))
                return;
            CsrModel? model = null;
            Run(async ct => model = await context.SpeechToText.CreateModelAsync(request, ct).ConfigureAwait(false), DisplayName);
            if (model != null)
            {
                WriteVerbose($"Model '{DisplayName}' created: {model.Id} ({model.Status}), adapting base model {model.BaseModel?.Id} with {string.Join(", ", model.Datasets?.Select(d => d.Id) ?? Enumerable.Empty<string?>())}.");
                Deliver(model, context);
            }
        }
    }
}
