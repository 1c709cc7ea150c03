using System.Collections;
using System.IO;
using System.Management.Automation;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Creates a custom speech dataset from data at a URL or from a local file.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CsrDataset", SupportsShouldProcess = true, DefaultParameterSetName = UrlSet)]
    [OutputType(typeof(CsrDataset))]
    public sealed class NewCsrDatasetCmdlet : WaitableCmdlet
    {
        private const string UrlSet = "ContentUrl";
        private const string FileSet = "Path";

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public CsrDatasetKind Kind { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        // Not from the pipeline: a piped project would lend the dataset its own description.
        [Parameter]
        public string? Description { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = UrlSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContentUrl { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = FileSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Hashtable? CustomProperty { get; set; }

        protected override void ProcessRecord()
        {
            var fromFile = ParameterSetName == FileSet;
            var definition = new CsrDatasetDefinition
            {
                Kind = Kind.ToString(),
                Locale = Locale,
                DisplayName = DisplayName,
                Description = Description,
                ContentUrl = fromFile ? null : ContentUrl,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
            };
            // Checks that need no connection come first: bad input is reported even when not connected.
            string? path = null;
            if (fromFile && !TryLocalPath(Path, "Path", "ContentUrl", out path))
                return;
            FileInfo? file = null;
            if (!Checked(() =>
            {
                SpeechToTextClient.CheckDatasetDefinition(definition);
                if (fromFile)
                    file = SpeechToTextClient.CheckDatasetFile(path, definition.Kind);
            }, DisplayName))
                return;

            var context = ResolveContext();
            CsrDatasetDefinition? body = null;
            if (!Checked(() =>
            {
                definition.Project = string.IsNullOrEmpty(Project) ? null : context.SpeechToText.ProjectReference(Project!);
                body = context.SpeechToText.CheckDataset(definition);
            }, DisplayName))
                return;

            var action = fromFile
                ? $"Create and upload '{file!.Name}' ({file.Length / 1048576.0:0.0} MB)"
                : "Create from " + SecretRedactor.RedactSasUrl(ContentUrl);
            if (!ShouldProcess($"dataset '{DisplayName}' ({Kind}, {Locale})", action))
                return;

            CsrDataset? dataset = null;
            if (fromFile)
            {
                var progress = new UploadProgressWriter(this, $"Uploading dataset '{DisplayName}'");
                Run(async ct => dataset = await context.SpeechToText.UploadDatasetAsync(body!, path!, progress.Report, ct).ConfigureAwait(false), DisplayName);
                progress.Complete();
            }
            else
            {
                Run(async ct => dataset = await context.SpeechToText.CreateDatasetAsync(body!, ct).ConfigureAwait(false), DisplayName);
            }
            if (dataset != null)
            {
                WriteVerbose($"Dataset '{DisplayName}' created: {dataset.Id} ({dataset.Status}).");
                Deliver(dataset, context);
            }
        }
    }
}
