using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Transcription
{
    // The result files of batch transcription (speechtotext.md §6) and the fast transcription answer (§5.9), as sent.
    // Numbers are read as double: the service writes ticks as 7600000.0 in some places and as integers in others.

    internal sealed class ResultFileWire
    {
        public string? Source { get; set; }

        public DateTimeOffset? Timestamp { get; set; }

        public double? DurationInTicks { get; set; }

        public double? DurationMilliseconds { get; set; }

        public string? Duration { get; set; }

        public List<CombinedPhraseWire>? CombinedRecognizedPhrases { get; set; }

        public List<RecognizedPhraseWire>? RecognizedPhrases { get; set; }
    }

    internal sealed class CombinedPhraseWire
    {
        public int? Channel { get; set; }

        public string? Lexical { get; set; }

        public string? Itn { get; set; }

        [JsonPropertyName("maskedITN")]
        public string? MaskedItn { get; set; }

        public string? Display { get; set; }
    }

    internal sealed class RecognizedPhraseWire
    {
        public string? RecognitionStatus { get; set; }

        public int? Channel { get; set; }

        public int? Speaker { get; set; }

        public string? Locale { get; set; }

        public string? Offset { get; set; }

        public string? Duration { get; set; }

        public double? OffsetInTicks { get; set; }

        public double? DurationInTicks { get; set; }

        public double? OffsetMilliseconds { get; set; }

        public double? DurationMilliseconds { get; set; }

        public List<NBestWire>? NBest { get; set; }
    }

    internal sealed class NBestWire
    {
        public double? Confidence { get; set; }

        public string? Lexical { get; set; }

        public string? Itn { get; set; }

        [JsonPropertyName("maskedITN")]
        public string? MaskedItn { get; set; }

        public string? Display { get; set; }

        public List<WordWire>? Words { get; set; }

        public List<WordWire>? DisplayWords { get; set; }
    }

    internal sealed class WordWire
    {
        public string? Word { get; set; }

        public string? DisplayText { get; set; }

        public string? Offset { get; set; }

        public string? Duration { get; set; }

        public double? OffsetInTicks { get; set; }

        public double? DurationInTicks { get; set; }

        public double? OffsetMilliseconds { get; set; }

        public double? DurationMilliseconds { get; set; }

        public double? Confidence { get; set; }
    }

    internal sealed class ReportWire
    {
        public int? SuccessfulTranscriptionsCount { get; set; }

        public int? FailedTranscriptionsCount { get; set; }

        public List<ReportDetailWire>? Details { get; set; }
    }

    internal sealed class ReportDetailWire
    {
        public string? Source { get; set; }

        public string? Status { get; set; }

        public string? ErrorKind { get; set; }

        public string? ErrorMessage { get; set; }
    }

    internal sealed class TranscribeResultWire
    {
        public double? DurationMilliseconds { get; set; }

        public List<FastCombinedWire>? CombinedPhrases { get; set; }

        public List<FastPhraseWire>? Phrases { get; set; }
    }

    internal sealed class FastCombinedWire
    {
        public int? Channel { get; set; }

        public string? Text { get; set; }
    }

    internal sealed class FastPhraseWire
    {
        public int? Channel { get; set; }

        public int? Speaker { get; set; }

        public double? OffsetMilliseconds { get; set; }

        public double? DurationMilliseconds { get; set; }

        public string? Text { get; set; }

        public string? Locale { get; set; }

        public double? Confidence { get; set; }

        public List<FastWordWire>? Words { get; set; }
    }

    internal sealed class FastWordWire
    {
        public string? Text { get; set; }

        public double? OffsetMilliseconds { get; set; }

        public double? DurationMilliseconds { get; set; }
    }
}
