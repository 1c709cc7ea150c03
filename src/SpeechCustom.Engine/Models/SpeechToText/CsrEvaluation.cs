using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// An evaluation: two models transcribe the same dataset and the service compares both with its transcripts. The word
    /// error rates are also at the top level so the two models read side by side.
    /// </summary>
    public sealed class CsrEvaluation : SttEntity
    {
        public EntityReference? Model1 { get; set; }

        public EntityReference? Model2 { get; set; }

        public EntityReference? Dataset { get; set; }

        /// <summary>The transcription the service made with model 1.</summary>
        public EntityReference? Transcription1 { get; set; }

        public EntityReference? Transcription2 { get; set; }

        public EvaluationLinks? Links { get; set; }

        public EvaluationProperties? Properties { get; set; }

        /// <summary>
        /// Word error rate of model 1: null until the evaluation succeeded, and for audio without transcripts (the service
        /// reports -1 for "none").
        /// </summary>
        [JsonIgnore]
        public double? WordErrorRate1 => Measured(Properties?.WordErrorRate1);

        [JsonIgnore]
        public double? WordErrorRate2 => Measured(Properties?.WordErrorRate2);

        private static double? Measured(double? rate) => rate >= 0 ? rate : null;

        /// <summary>Model 2's word error rate minus model 1's: below zero when model 2 makes fewer errors.</summary>
        [JsonIgnore]
        public double? WordErrorRateDelta => WordErrorRate1.HasValue && WordErrorRate2.HasValue ? WordErrorRate2 - WordErrorRate1 : null;

        public override string Collection => "evaluations";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, CustomSpeechJsonContext.Default.CsrEvaluation, cancellationToken);
    }

    public sealed class EvaluationLinks
    {
        public string? Files { get; set; }
    }

    /// <summary>The measures of both models (read-only; the token measures exist from v3.2).</summary>
    public sealed class EvaluationProperties
    {
        public double? WordErrorRate1 { get; set; }

        public double? WordErrorRate2 { get; set; }

        public double? SentenceErrorRate1 { get; set; }

        public double? SentenceErrorRate2 { get; set; }

        public double? TokenErrorRate1 { get; set; }

        public double? TokenErrorRate2 { get; set; }

        public int? SentenceCount1 { get; set; }

        public int? SentenceCount2 { get; set; }

        public int? WordCount1 { get; set; }

        public int? WordCount2 { get; set; }

        public int? CorrectWordCount1 { get; set; }

        public int? CorrectWordCount2 { get; set; }

        public int? WordSubstitutionCount1 { get; set; }

        public int? WordSubstitutionCount2 { get; set; }

        public int? WordDeletionCount1 { get; set; }

        public int? WordDeletionCount2 { get; set; }

        public int? WordInsertionCount1 { get; set; }

        public int? WordInsertionCount2 { get; set; }

        public int? TokenCount1 { get; set; }

        public int? TokenCount2 { get; set; }

        public int? CorrectTokenCount1 { get; set; }

        public int? CorrectTokenCount2 { get; set; }

        public int? TokenSubstitutionCount1 { get; set; }

        public int? TokenSubstitutionCount2 { get; set; }

        public int? TokenDeletionCount1 { get; set; }

        public int? TokenDeletionCount2 { get; set; }

        public int? TokenInsertionCount1 { get; set; }

        public int? TokenInsertionCount2 { get; set; }

        public TokenErrors? TokenErrors1 { get; set; }

        public TokenErrors? TokenErrors2 { get; set; }

        public EntityError? Error { get; set; }
    }

    /// <summary>
    /// Token errors by type. v3.2 adds per-type details under each summary; later versions only the summaries, which are
    /// what both versions share and what is kept here.
    /// </summary>
    public sealed class TokenErrors
    {
        public EditsSummary? Punctuation { get; set; }

        public EditsSummary? Capitalization { get; set; }

        public EditsSummary? InverseTextNormalization { get; set; }

        public EditsSummary? Lexical { get; set; }

        public EditsSummary? Others { get; set; }
    }

    public sealed class EditsSummary
    {
        public int? NumberOfEdits { get; set; }

        public double? PercentageOfAllEdits { get; set; }

        public override string ToString() => $"{NumberOfEdits} ({PercentageOfAllEdits:0.##}%)";
    }
}
