using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Gets batch transcriptions: by id, or a filtered list (of the resource or of a project) read page by page.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechTranscription", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(SpeechTranscription))]
    public sealed class GetSpeechTranscriptionCmdlet : CsrGetCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechTranscription", PassThrough = new[] { "CsrProject" })]
        [Alias("TranscriptionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        protected override void ProcessRecord()
            => GetOrList(Id, (c, id, ct) => c.SpeechToText.GetTranscriptionAsync(id, ct), (c, filter, skip, top, project) => c.SpeechToText.ListTranscriptions(filter, skip, top, project));
    }

    /// <summary>
    /// <para type="synopsis">Changes a batch transcription's name, description, project or custom properties.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "SpeechTranscription", SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechTranscription))]
    public sealed class SetSpeechTranscriptionCmdlet : CsrUpdateCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechTranscription")]
        [Alias("TranscriptionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        protected override void ProcessRecord()
            => UpdateEach(Id, "transcription", Project, null, (c, update) => c.SpeechToText.CheckTranscriptionUpdate(update), (c, id, body, ct) => c.SpeechToText.UpdateTranscriptionAsync(id, body, ct));
    }

    /// <summary>
    /// <para type="synopsis">Deletes batch transcriptions and their results.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "SpeechTranscription", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveSpeechTranscriptionCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechTranscription")]
        [Alias("TranscriptionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
            => this.RemoveEach(Id, "transcription", Force, id => InputRules.GuidOf(id, "Id"), (c, id, ct) => c.SpeechToText.DeleteTranscriptionAsync(id, ct));
    }

    /// <summary>
    /// <para type="synopsis">Gets the files of a batch transcription: a result file per audio and the report.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechTranscriptionFile", SupportsPaging = true)]
    [OutputType(typeof(CsrFile))]
    public sealed class GetSpeechTranscriptionFileCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [SttIdTransformation("SpeechTranscription")]
        [Alias("TranscriptionId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        [Parameter]
        public SpeechTranscriptionFileKind Kind { get; set; }

        [Parameter]
        public string? Name { get; set; }

        [Parameter]
        public string? Filter { get; set; }

        protected override void ProcessRecord()
        {
            var kind = this.Given(nameof(Kind), Kind)?.ToString();
            foreach (var id in Id)
            {
                this.WriteList(() =>
                    {
                        InputRules.GuidOf(id, "Id");
                        return new Engine.Paging.FilterBuilder().Equal("kind", kind).Equal("name", Name).Raw(Filter).Build();
                    },
                    (c, filter, skip) => c.SpeechToText.ListTranscriptionFiles(id, filter, skip, this.Top()), id);
            }
        }
    }

    /// <summary>
    /// <para type="synopsis">Gets the locales batch and fast transcription support on the connected resource.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "SpeechTranscriptionLocale")]
    [OutputType(typeof(SpeechTranscriptionLocale))]
    public sealed class GetSpeechTranscriptionLocaleCmdlet : SpeechServiceCmdlet
    {
        [Parameter(Position = 0)]
        [SupportsWildcards]
        public string[]? Locale { get; set; }

        protected override void ProcessRecord()
        {
            var patterns = (Locale ?? new[] { "*" }).Select(l => new WildcardPattern(l, WildcardOptions.IgnoreCase)).ToList();
            if (!Checked(() => CheckPatterns(patterns), Locale))
                return;
            var context = ResolveContext();
            Run(async ct =>
            {
                foreach (var locale in await context.SpeechToText.GetTranscriptionLocalesAsync(ct).ConfigureAwait(false))
                {
                    if (patterns.Any(p => p.IsMatch(locale.Locale)))
                        Emit(locale);
                }
            });
        }

        /// <summary>A malformed pattern ('en-[US') would only fail when first used, after the request: try each one now.</summary>
        private static void CheckPatterns(IEnumerable<WildcardPattern> patterns)
        {
            foreach (var pattern in patterns)
            {
                try
                {
                    pattern.IsMatch(string.Empty);
                }
                catch (WildcardPatternException e)
                {
                    throw new Engine.Errors.SpeechInputException("InvalidWildcard", $"-Locale is not a valid wildcard pattern: {e.Message} Use a locale such as en-US or a pattern such as en-*.", "Locale");
                }
            }
        }
    }
}
