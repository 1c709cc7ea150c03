using System.Xml;
using SpeechCustom.MockServer.Http;
using SpeechCustom.MockServer.SpeechToText.Content;

namespace SpeechCustom.MockServer.SpeechToText.Transcriptions;

/// <summary>The outcome for one audio source of a batch transcription.</summary>
internal sealed record SourceResult(int Index, string Source, bool Succeeded, byte[]? Content, TimeSpan Duration);

/// <summary>
/// The result files of a batch transcription (speechtotext.md §6): one per successfully transcribed source with
/// source, timestamp, durations, combinedRecognizedPhrases per channel and recognizedPhrases (speaker with
/// diarization, locale with language identification, words / displayWords when asked for), and report.json.
/// Text is chosen by a hash of the source URL, so the same URL always yields the same text.
/// </summary>
internal static class TranscriptionResults
{
    public const string FailMarker = "fail-me";
    public const string FailedSourceKind = "InvalidData";
    public const string FailedSourceMessage = "The audio could not be decoded. Make sure the file is a supported audio format (WAV, MP3, OGG/OPUS) and is not corrupted.";

    public static bool SourceFails(string source) => source.Contains(FailMarker, StringComparison.OrdinalIgnoreCase);

    public static SourceResult For(int index, string source, string locale, TranscriptionOptions options, DateTimeOffset timestamp, bool millisecondsInPhrases)
    {
        if (SourceFails(source))
        {
            return new SourceResult(index, source, false, null, TimeSpan.Zero);
        }

        var lid = options.LanguageIdentification;
        var (phrases, duration) = Utterances.Generate(Deterministic.Hash(source), new UtteranceOptions(
            lid?.CandidateLocales ?? [locale],
            LocalePerPhrase: lid?.IsContinuous == true,
            options.Channels,
            options.DiarizationOn,
            options.MaxSpeakers));
        duration = TimeSpan.FromMilliseconds(Math.Round(duration.TotalMilliseconds));
        string Display(Sentence s) => options.PunctuationMode == "None" ? s.DisplayWithoutPunctuation : s.Display;

        var combined = phrases.GroupBy(p => p.Channel).OrderBy(g => g.Key).Select(g => new CombinedPhrase(
            g.Key,
            string.Join(' ', g.Select(p => p.Sentence.Lexical)),
            string.Join(' ', g.Select(p => p.Sentence.Itn)),
            string.Join(' ', g.Select(p => p.Sentence.MaskedItn)),
            string.Join(' ', g.Select(p => Display(p.Sentence))))).ToList();
        var recognized = phrases.Select(p => new RecognizedPhrase(
            "Success",
            p.Channel,
            p.Speaker,
            Iso(p.Offset),
            Iso(p.Duration),
            p.Offset.Ticks,
            p.Duration.Ticks,
            millisecondsInPhrases ? (long)p.Offset.TotalMilliseconds : null,
            millisecondsInPhrases ? (long)p.Duration.TotalMilliseconds : null,
            lid is null ? null : p.Locale,
            [new NBest(
                p.Confidence,
                p.Sentence.Lexical,
                p.Sentence.Itn,
                p.Sentence.MaskedItn,
                Display(p.Sentence),
                options.WordLevelTimestamps ? [.. p.Words.Select(w => new Word(w.Text, Iso(w.Offset), Iso(w.Duration), w.Offset.Ticks, w.Duration.Ticks, millisecondsInPhrases ? (long)w.Offset.TotalMilliseconds : null, millisecondsInPhrases ? (long)w.Duration.TotalMilliseconds : null, w.Confidence))] : null,
                options.DisplayFormWordLevelTimestamps ? [.. p.DisplayWords.Select(w => new DisplayWord(w.Text, Iso(w.Offset), Iso(w.Duration), w.Offset.Ticks, w.Duration.Ticks, millisecondsInPhrases ? (long)w.Offset.TotalMilliseconds : null, millisecondsInPhrases ? (long)w.Duration.TotalMilliseconds : null))] : null)])).ToList();
        var file = new ResultFile(source, Timestamps.SpeechToText(timestamp), duration.Ticks, (long)duration.TotalMilliseconds, Iso(duration), combined, recognized);
        return new SourceResult(index, source, true, JsonDefaults.Serialize(file), duration);
    }

    public static byte[] Report(IReadOnlyList<SourceResult> results, string? failureMessage = null) => JsonDefaults.Serialize(new ReportFile(
        results.Count(r => r.Succeeded),
        results.Count(r => !r.Succeeded),
        [.. results.Select(r => r.Succeeded
            ? new ReportDetail(r.Source, "Succeeded", null, null)
            : new ReportDetail(r.Source, "Failed", FailedSourceKind, failureMessage ?? FailedSourceMessage))]));

    private static string Iso(TimeSpan value) => XmlConvert.ToString(value);

    private sealed record ResultFile(
        string Source,
        string Timestamp,
        long DurationInTicks,
        long DurationMilliseconds,
        string Duration,
        IReadOnlyList<CombinedPhrase> CombinedRecognizedPhrases,
        IReadOnlyList<RecognizedPhrase> RecognizedPhrases);

    private sealed record CombinedPhrase(
        int Channel,
        string Lexical,
        string Itn,
        [property: System.Text.Json.Serialization.JsonPropertyName("maskedITN")] string MaskedItn,
        string Display);

    private sealed record RecognizedPhrase(
        string RecognitionStatus,
        int Channel,
        int? Speaker,
        string Offset,
        string Duration,
        double OffsetInTicks,
        double DurationInTicks,
        long? OffsetMilliseconds,
        long? DurationMilliseconds,
        string? Locale,
        IReadOnlyList<NBest> NBest);

    private sealed record NBest(
        double Confidence,
        string Lexical,
        string Itn,
        [property: System.Text.Json.Serialization.JsonPropertyName("maskedITN")] string MaskedItn,
        string Display,
        IReadOnlyList<Word>? Words,
        IReadOnlyList<DisplayWord>? DisplayWords);

    private sealed record Word(
        [property: System.Text.Json.Serialization.JsonPropertyName("word")] string Text,
        string Offset,
        string Duration,
        double OffsetInTicks,
        double DurationInTicks,
        long? OffsetMilliseconds,
        long? DurationMilliseconds,
        double Confidence);

    private sealed record DisplayWord(string DisplayText, string Offset, string Duration, double OffsetInTicks, double DurationInTicks, long? OffsetMilliseconds, long? DurationMilliseconds);

    private sealed record ReportFile(int SuccessfulTranscriptionsCount, int FailedTranscriptionsCount, IReadOnlyList<ReportDetail> Details);

    private sealed record ReportDetail(string Source, string Status, string? ErrorKind, string? ErrorMessage);
}
