using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// <para type="synopsis">Creates a custom speech dataset from data at a URL.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CsrDataset", SupportsShouldProcess = true)]
    [OutputType(typeof(CsrDataset))]
    public sealed class NewCsrDatasetCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        public CsrDatasetKind Kind { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Description { get; set; }

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string ContentUrl { get; set; } = string.Empty;

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [EntityReferenceTransformation]
        public string? Project { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Hashtable? CustomProperty { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new CsrDatasetDefinition
            {
                Kind = Kind.ToString(),
                Locale = Locale,
                DisplayName = DisplayName,
                Description = Description,
                ContentUrl = ContentUrl,
                CustomProperties = ToDictionary(CustomProperty),
            };
            // Checks that need no connection come first: bad input is reported even when not connected.
            if (!Checked(() => SpeechToTextClient.CheckDatasetDefinition(definition), DisplayName))
                return;

            var context = ResolveContext();
            CsrDatasetDefinition? body = null;
            if (!Checked(() =>
            {
                definition.Project = string.IsNullOrEmpty(Project) ? null : context.SpeechToText.ProjectReference(Project!);
                body = context.SpeechToText.CheckDataset(definition);
            }, DisplayName))
                return;

            if (!ShouldProcess($"dataset '{DisplayName}' ({Kind}, {Locale})", "Create from " + Engine.Diagnostics.SecretRedactor.RedactSasUrl(ContentUrl)))
                return;

            CsrDataset? dataset = null;
            Run(async ct => dataset = await context.SpeechToText.CreateDatasetAsync(body!, ct).ConfigureAwait(false), DisplayName);
            if (dataset != null)
            {
                WriteVerbose($"Dataset '{DisplayName}' created: {dataset.Id} ({dataset.Status}).");
                Deliver(dataset, context);
            }
        }

        private static IDictionary<string, string>? ToDictionary(Hashtable? table)
        {
            if (table is null)
                return null;
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table)
                result[entry.Key?.ToString() ?? string.Empty] = entry.Value?.ToString() ?? string.Empty;
            return result;
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets custom speech datasets: one by id, or a filtered list read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrDataset", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CsrDataset))]
    public sealed class GetCsrDatasetCmdlet : SpeechServiceCmdlet
    {
        private const string ListSet = "List";
        private const string IdSet = "Id";
        private const int PageSize = 100;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        [Alias("DatasetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(ParameterSetName = ListSet)]
        public string? Filter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public CsrDatasetKind? Kind { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("NotStarted", "Running", "Succeeded", "Failed")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public string? DisplayName { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (var id in Id)
                {
                    if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                        continue;
                    var connection = ResolveContext();
                    Run(async ct => Emit(await connection.SpeechToText.GetDatasetAsync(id, ct).ConfigureAwait(false)), id);
                }
                return;
            }

            string? filter = null;
            if (!Checked(() =>
            {
                filter = new FilterBuilder()
                    .Equal("kind", Kind?.ToString())
                    .Equal("locale", Locale is null ? null : InputRules.LocaleOf(Locale, "Locale"))
                    .Equal("status", Status)
                    .Equal("displayName", DisplayName)
                    .Raw(Filter)
                    .Build();
            }, Filter))
                return;
            var context = ResolveContext();
            Run(ct => PagedOutput.WriteAsync(this, context.SpeechToText.ListDatasets(filter, Skip(), PageSize), ct));
        }

        private int? Skip() => PagingParameters.Skip > 0 ? (int)Math.Min(PagingParameters.Skip, int.MaxValue) : (int?)null;
    }
}
