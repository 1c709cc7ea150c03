using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Transcription
{
    /// <summary>
    /// Turns the service's transcripts into <see cref="SpeechTranscriptionResult"/>: batch result files (times as ticks,
    /// milliseconds or ISO 8601, n-best lists) and fast transcription answers (milliseconds, one text per phrase) alike.
    /// Source URLs keep their container and rights but lose the SAS signature.
    /// </summary>
    public static class ResultParser
    {
        /// <summary>One batch result file (kind Transcription).</summary>
        public static SpeechTranscriptionResult ParseResultFile(byte[] json, string? transcriptionId, string? fileName)
        {
            var wire = Read(json, TranscriptionJsonContext.Default.ResultFileWire, fileName);
            return new SpeechTranscriptionResult
            {
                TranscriptionId = transcriptionId,
                FileName = fileName,
                Source = wire.Source is null ? null : SecretRedactor.RedactSasUrl(wire.Source),
                Timestamp = wire.Timestamp,
                Duration = Time(wire.DurationInTicks, wire.DurationMilliseconds, wire.Duration),
                Channels = (wire.CombinedRecognizedPhrases ?? new List<CombinedPhraseWire>())
                    .Select(c => new TranscriptionChannelText { Channel = c.Channel, Text = c.Display ?? string.Empty, Lexical = c.Lexical, Itn = c.Itn, MaskedItn = c.MaskedItn })
                    .ToList(),
                Phrases = (wire.RecognizedPhrases ?? new List<RecognizedPhraseWire>())
                    .Where(p => p.RecognitionStatus is null || string.Equals(p.RecognitionStatus, "Success", StringComparison.OrdinalIgnoreCase))
                    .Select(BatchPhrase)
                    .OrderBy(p => p.Offset).ThenBy(p => p.Channel)
                    .ToList(),
            };
        }

        /// <summary>A transcription's report.json.</summary>
        public static SpeechTranscriptionReport ParseReport(byte[] json, string? transcriptionId)
        {
            var wire = Read(json, TranscriptionJsonContext.Default.ReportWire, "report.json");
            var details = (wire.Details ?? new List<ReportDetailWire>())
                .Select(d => new TranscriptionReportEntry
                {
                    Source = d.Source is null ? null : SecretRedactor.RedactSasUrl(d.Source),
                    Status = d.Status,
                    ErrorKind = d.ErrorKind,
                    ErrorMessage = d.ErrorMessage is null ? null : SecretRedactor.Redact(d.ErrorMessage),
                })
                .ToList();
            return new SpeechTranscriptionReport
            {
                TranscriptionId = transcriptionId,
                SucceededCount = wire.SuccessfulTranscriptionsCount ?? details.Count(d => !d.Failed),
                FailedCount = wire.FailedTranscriptionsCount ?? details.Count(d => d.Failed),
                Details = details,
            };
        }

        /// <summary>The answer of POST transcriptions:transcribe.</summary>
        internal static SpeechTranscriptionResult FromFast(TranscribeResultWire wire, string source) => new SpeechTranscriptionResult
        {
            Source = SecretRedactor.RedactSasUrl(source),
            Timestamp = DateTimeOffset.UtcNow,
            Duration = Time(null, wire.DurationMilliseconds, null),
            Channels = (wire.CombinedPhrases ?? new List<FastCombinedWire>())
                .Select(c => new TranscriptionChannelText { Channel = c.Channel, Text = c.Text ?? string.Empty })
                .ToList(),
            Phrases = (wire.Phrases ?? new List<FastPhraseWire>())
                .Select(p => new TranscriptionPhrase
                {
                    Channel = p.Channel,
                    Speaker = p.Speaker,
                    Offset = Time(null, p.OffsetMilliseconds, null) ?? TimeSpan.Zero,
                    Duration = Time(null, p.DurationMilliseconds, null) ?? TimeSpan.Zero,
                    Text = p.Text ?? string.Empty,
                    Confidence = p.Confidence,
                    Locale = p.Locale,
                    Words = p.Words?.Select(w => new TranscriptionWord
                    {
                        Text = w.Text ?? string.Empty,
                        Offset = Time(null, w.OffsetMilliseconds, null) ?? TimeSpan.Zero,
                        Duration = Time(null, w.DurationMilliseconds, null) ?? TimeSpan.Zero,
                    }).ToList(),
                })
                .ToList(),
        };

        private static TranscriptionPhrase BatchPhrase(RecognizedPhraseWire phrase)
        {
            var best = phrase.NBest?.FirstOrDefault();
            return new TranscriptionPhrase
            {
                Channel = phrase.Channel,
                Speaker = phrase.Speaker,
                Offset = Time(phrase.OffsetInTicks, phrase.OffsetMilliseconds, phrase.Offset) ?? TimeSpan.Zero,
                Duration = Time(phrase.DurationInTicks, phrase.DurationMilliseconds, phrase.Duration) ?? TimeSpan.Zero,
                Text = best?.Display ?? string.Empty,
                Lexical = best?.Lexical,
                Confidence = best?.Confidence,
                Locale = phrase.Locale,
                Words = Words(best?.Words, w => w.Word),
                DisplayWords = Words(best?.DisplayWords, w => w.DisplayText),
            };
        }

        private static List<TranscriptionWord>? Words(List<WordWire>? words, Func<WordWire, string?> text)
            => words?.Select(w => new TranscriptionWord
            {
                Text = text(w) ?? w.Word ?? w.DisplayText ?? string.Empty,
                Offset = Time(w.OffsetInTicks, w.OffsetMilliseconds, w.Offset) ?? TimeSpan.Zero,
                Duration = Time(w.DurationInTicks, w.DurationMilliseconds, w.Duration) ?? TimeSpan.Zero,
                Confidence = w.Confidence,
            }).ToList();

        /// <summary>The most precise form given: ticks (100 ns), then milliseconds, then ISO 8601.</summary>
        private static TimeSpan? Time(double? ticks, double? milliseconds, string? iso)
        {
            if (ticks.HasValue)
                return TimeSpan.FromTicks((long)Math.Round(ticks.Value));
            if (milliseconds.HasValue)
                return TimeSpan.FromTicks((long)Math.Round(milliseconds.Value * TimeSpan.TicksPerMillisecond));
            return IsoDuration.From(iso, null);
        }

        private static T Read<T>(byte[] json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string? what)
            where T : class
        {
            try
            {
                return JsonSerializer.Deserialize(json, type) ?? throw new JsonException("the file is empty (null)");
            }
            catch (JsonException e)
            {
                throw new SpeechException("InvalidResultFile", $"The result file '{what}' could not be read as a transcript: {e.Message}", SpeechErrorCategory.InvalidData, what, inner: e);
            }
        }
    }
}
