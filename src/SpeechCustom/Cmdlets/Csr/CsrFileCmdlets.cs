using System;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>
    /// Base of the cmdlets that list the files of a dataset, model or evaluation: the entity's id from the pipeline (its own
    /// kind only), a file kind or filter, a SAS lifetime for the content URLs, and -First/-Skip passed to the service.
    /// </summary>
    public abstract class CsrFileListCmdlet : SpeechServiceCmdlet
    {
        /// <summary>
        /// <para type="description">The file kind to list, for example DatasetReport, ModelReport, EvaluationDetails.</para>
        /// </summary>
        [Parameter(ParameterSetName = "List")]
        public string? Kind { get; set; }

        /// <summary>
        /// <para type="description">A filter expression of the API over name, createdDateTime and kind.</para>
        /// </summary>
        [Parameter(ParameterSetName = "List")]
        public string? Filter { get; set; }

        /// <summary>
        /// <para type="description">How long the content URLs stay valid, in minutes (the service's default is 12 hours).</para>
        /// </summary>
        [Parameter(ParameterSetName = "List")]
        [ValidateRange(1, 35791394)]
        public int SasLifetimeMinutes { get; set; }

        /// <summary>The collection the files belong to: datasets, models, evaluations.</summary>
        internal abstract string Collection { get; }

        /// <summary>Lists the files of each id.</summary>
        internal void WriteFiles(string[] ids)
        {
            foreach (var id in ids)
            {
                if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                TimeSpan? lifetime = SasLifetimeMinutes > 0 ? TimeSpan.FromMinutes(SasLifetimeMinutes) : (TimeSpan?)null;
                this.WriteList(
                    () => new FilterBuilder().Equal("kind", Kind).Raw(Filter).Build(),
                    (c, filter, skip) => c.SpeechToText.ListFiles(Collection, id, filter, lifetime, skip, this.Top()),
                    id, id);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets the files of custom speech datasets, or the accepted and rejected lines of their import report.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrDatasetFile", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrFile), ParameterSetName = new[] { "List" })]
    [OutputType(typeof(CsrDatasetReportLine), ParameterSetName = new[] { "Report" })]
    public sealed class GetCsrDatasetFileCmdlet : CsrFileListCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrDataset")]
        [Alias("DatasetId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = "Report")]
        public SwitchParameter Report { get; set; }

        internal override string Collection => "datasets";

        // -First/-Skip over the report lines of every dataset piped in (a report is read whole, not page by page).
        private PagingWindow reportWindow = null!;

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            reportWindow = new PagingWindow(PagingParameters);
        }

        protected override void ProcessRecord()
        {
            if (!Report)
            {
                WriteFiles(Id);
                return;
            }
            foreach (var id in Id)
            {
                if (reportWindow.Full)
                    return;
                if (!Checked(() => InputRules.GuidOf(id, "Id"), id))
                    continue;
                var context = ResolveContext(id);
                Run(async ct =>
                {
                    foreach (var line in await context.SpeechToText.GetDatasetReportAsync(id, null, ct).ConfigureAwait(false))
                    {
                        if (reportWindow.Take())
                            Emit(line);
                    }
                }, id);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets the files of custom speech models (model reports).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrModelFile", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrFile))]
    public sealed class GetCsrModelFileCmdlet : CsrFileListCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrModel")]
        [Alias("ModelId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        internal override string Collection => "models";

        protected override void ProcessRecord() => WriteFiles(Id);
    }

    /// <summary>
    /// <para type="synopsis">Gets the files of custom speech evaluations (the per-utterance details of both models).</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrEvaluationFile", DefaultParameterSetName = "List", SupportsPaging = true)]
    [OutputType(typeof(CsrFile))]
    public sealed class GetCsrEvaluationFileCmdlet : CsrFileListCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("CsrEvaluation")]
        [Alias("EvaluationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        internal override string Collection => "evaluations";

        protected override void ProcessRecord() => WriteFiles(Id);
    }

    /// <summary>
    /// <para type="synopsis">Gets the locales the Speech resource supports for custom speech datasets, with the dataset kinds of each.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CsrDatasetLocale")]
    [OutputType(typeof(CsrDatasetLocale))]
    public sealed class GetCsrDatasetLocaleCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string? Locale { get; set; }

        [Parameter]
        public CsrDatasetKind? Kind { get; set; }

        protected override void ProcessRecord()
        {
            WildcardPattern? pattern = null;
            if (!Checked(() => pattern = LocalePattern(Locale), Locale))
                return;
            var context = ResolveContext();
            var kind = Kind?.ToString();
            Run(async ct =>
            {
                foreach (var locale in await context.SpeechToText.ListDatasetLocalesAsync(ct).ConfigureAwait(false))
                {
                    if (pattern!.IsMatch(locale.Locale) && (kind is null || locale.Kinds.Contains(kind)))
                        Emit(locale);
                }
            });
        }

        private static WildcardPattern LocalePattern(string? text)
        {
            var pattern = new WildcardPattern(string.IsNullOrEmpty(text) ? "*" : text, WildcardOptions.IgnoreCase);
            try
            {
                pattern.IsMatch(string.Empty);
            }
            catch (WildcardPatternException e)
            {
                throw new Engine.Errors.SpeechInputException("InvalidWildcard", $"-Locale '{text}' is not a valid wildcard pattern ({e.Message}); use a form like en-* or de-DE.", "Locale");
            }
            return pattern;
        }
    }
}
