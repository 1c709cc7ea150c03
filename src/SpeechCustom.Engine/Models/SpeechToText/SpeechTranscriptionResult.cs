using System;
using System.Collections.Generic;
using System.Linq;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// The transcript of one audio: from a batch transcription's result file (Receive-SpeechTranscriptionResult) or from
    /// fast transcription (Invoke-SpeechTranscription), in one shape either way.
    /// </summary>
    public sealed class SpeechTranscriptionResult : ServiceObject
    {
        /// <summary>The batch transcription it belongs to (null for fast transcription).</summary>
        public string? TranscriptionId { get; set; }

        /// <summary>The audio: its URL (SAS signature masked) or local path.</summary>
        public string? Source { get; set; }

        /// <summary>The service's name of the result file (e.g. contenturl_0.json); null for fast transcription.</summary>
        public string? FileName { get; set; }

        /// <summary>Where the result file was saved (Receive-SpeechTranscriptionResult -Destination), else null.</summary>
        public string? Path { get; set; }

        /// <summary>When the service transcribed it.</summary>
        public DateTimeOffset? Timestamp { get; set; }

        public TimeSpan? Duration { get; set; }

        /// <summary>The whole transcript: each channel's text, one line per channel.</summary>
        public string Text => string.Join(Environment.NewLine, Channels.Select(c => c.Text).Where(t => !string.IsNullOrEmpty(t)));

        /// <summary>The combined text per channel (display form, and lexical/ITN forms when the service gives them).</summary>
        public IReadOnlyList<TranscriptionChannelText> Channels { get; set; } = new TranscriptionChannelText[0];

        /// <summary>The recognized phrases in order, with speaker, channel, offset, duration, confidence, locale and words.</summary>
        public IReadOnlyList<TranscriptionPhrase> Phrases { get; set; } = new TranscriptionPhrase[0];

        /// <summary>How many speakers diarization told apart (null without diarization).</summary>
        public int? SpeakerCount
        {
            get
            {
                var speakers = Phrases.Where(p => p.Speaker.HasValue).Select(p => p.Speaker!.Value).Distinct().Count();
                return speakers == 0 ? (int?)null : speakers;
            }
        }

        public override string ToString() => $"{Source}: {Text}";
    }

    public sealed class TranscriptionChannelText
    {
        /// <summary>The channel (null when the channels were transcribed together).</summary>
        public int? Channel { get; set; }

        /// <summary>The display form: punctuation, capitals and numbers as digits.</summary>
        public string Text { get; set; } = string.Empty;

        public string? Lexical { get; set; }

        public string? Itn { get; set; }

        public string? MaskedItn { get; set; }

        public override string ToString() => Text;
    }

    public sealed class TranscriptionPhrase
    {
        public int? Channel { get; set; }

        /// <summary>The speaker (1, 2, ...) when diarization was on.</summary>
        public int? Speaker { get; set; }

        public TimeSpan Offset { get; set; }

        public TimeSpan Duration { get; set; }

        /// <summary>The display form of the best hypothesis.</summary>
        public string Text { get; set; } = string.Empty;

        public string? Lexical { get; set; }

        public double? Confidence { get; set; }

        /// <summary>The phrase's locale (language identification or fast transcription).</summary>
        public string? Locale { get; set; }

        /// <summary>Time-stamped words (word-level timestamps), else null.</summary>
        public IReadOnlyList<TranscriptionWord>? Words { get; set; }

        /// <summary>Time-stamped words in display form (display-form word-level timestamps), else null.</summary>
        public IReadOnlyList<TranscriptionWord>? DisplayWords { get; set; }

        public override string ToString() => Text;
    }

    public sealed class TranscriptionWord
    {
        public string Text { get; set; } = string.Empty;

        public TimeSpan Offset { get; set; }

        public TimeSpan Duration { get; set; }

        public double? Confidence { get; set; }

        public override string ToString() => Text;
    }

    /// <summary>A batch transcription's report.json: which audio succeeded and why the others failed.</summary>
    public sealed class SpeechTranscriptionReport : ServiceObject
    {
        public string? TranscriptionId { get; set; }

        public int SucceededCount { get; set; }

        public int FailedCount { get; set; }

        public IReadOnlyList<TranscriptionReportEntry> Details { get; set; } = new TranscriptionReportEntry[0];

        /// <summary>Where report.json was saved (-Destination), else null.</summary>
        public string? Path { get; set; }

        public override string ToString() => $"{SucceededCount} succeeded, {FailedCount} failed";
    }

    public sealed class TranscriptionReportEntry
    {
        /// <summary>The audio URL, SAS signature masked.</summary>
        public string? Source { get; set; }

        public string? Status { get; set; }

        public string? ErrorKind { get; set; }

        public string? ErrorMessage { get; set; }

        public bool Failed => string.Equals(Status, "Failed", StringComparison.OrdinalIgnoreCase);

        public override string ToString() => $"{Source}: {Status}";
    }
}
