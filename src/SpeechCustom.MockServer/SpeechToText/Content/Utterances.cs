namespace SpeechCustom.MockServer.SpeechToText.Content;

/// <summary>A recognized word (lexical or display form) with its timing.</summary>
internal sealed record TimedWord(string Text, TimeSpan Offset, TimeSpan Duration, double Confidence);

/// <summary>One recognized phrase: the sentence, where it is, who said it and its words.</summary>
internal sealed record Utterance(
    Sentence Sentence,
    string Locale,
    int Channel,
    int? Speaker,
    TimeSpan Offset,
    TimeSpan Duration,
    double Confidence,
    IReadOnlyList<TimedWord> Words,
    IReadOnlyList<TimedWord> DisplayWords)
{
    public TimeSpan End => Offset + Duration;
}

/// <summary>
/// How to generate a recognition: candidate locales (one is chosen per file, or per phrase for continuous language
/// identification), the channels, diarization (speakers 1 and 2 alternate on the first channel), and an optional audio
/// length to fill (fast transcription of a WAV file).
/// </summary>
internal sealed record UtteranceOptions(
    IReadOnlyList<string> Locales,
    bool LocalePerPhrase = false,
    IReadOnlyList<int>? Channels = null,
    bool Diarization = false,
    int MaxSpeakers = 2,
    TimeSpan? FitDuration = null);

/// <summary>Deterministic recognition results: the same seed (hash of the audio or its URL) and options give the same phrases.</summary>
internal static class Utterances
{
    public static (IReadOnlyList<Utterance> Phrases, TimeSpan Duration) Generate(ulong seed, UtteranceOptions options)
    {
        var channels = options.Channels is { Count: > 0 } requested ? requested : [0];
        var speakers = Math.Clamp(options.MaxSpeakers, 1, 2);
        var fileLocale = options.Locales[Deterministic.Pick(seed, 2, 0, options.Locales.Count - 1)];
        var count = options.FitDuration is null ? Deterministic.Pick(seed, 1, 3, 5) : 50;
        var offset = TimeSpan.FromMilliseconds(Deterministic.Pick(seed, 3, 300, 900));
        var phrases = new List<Utterance>();
        for (var i = 0; i < count; i++)
        {
            var locale = options.LocalePerPhrase ? options.Locales[Deterministic.Pick(seed, 10 + i, 0, options.Locales.Count - 1)] : fileLocale;
            var phrase = Phrase(seed, i, locale, offset, options.Diarization ? channels[0] : channels[i % channels.Count], options.Diarization ? (i % speakers) + 1 : null);
            if (options.FitDuration is { } fit && phrases.Count > 0 && phrase.End > fit)
            {
                break;
            }

            phrases.Add(phrase);
            offset = phrase.End + TimeSpan.FromMilliseconds(Deterministic.Pick(seed, 500 + i, 400, 1200));
        }

        var end = phrases[^1].End + TimeSpan.FromMilliseconds(500);
        return (phrases, options.FitDuration is { } length && length > end ? length : end);
    }

    private static Utterance Phrase(ulong seed, int index, string locale, TimeSpan start, int channel, int? speaker)
    {
        var sentence = SampleSentences.Pick(locale, seed, 100 + index);
        var words = new List<TimedWord>();
        var at = start;
        var lexical = sentence.LexicalWords;
        for (var j = 0; j < lexical.Length; j++)
        {
            var salt = 1000 + (index * 64) + j;
            var duration = TimeSpan.FromMilliseconds(Math.Min(800, 180 + (35 * lexical[j].Length)) + Deterministic.Pick(seed, salt, 0, 60));
            words.Add(new TimedWord(lexical[j], at, duration, Round(0.80 + (Deterministic.Fraction(seed, salt) * 0.19))));
            at += duration + TimeSpan.FromMilliseconds(60);
        }

        var total = words[^1].Offset + words[^1].Duration - start;
        var display = sentence.DisplayWords;
        IReadOnlyList<TimedWord> displayWords = display.Length == words.Count
            ? [.. words.Select((w, k) => w with { Text = display[k] })]
            : [.. display.Select((text, k) => new TimedWord(text, start + (total * k / display.Length), total / display.Length, 0))];
        return new Utterance(sentence, locale, channel, speaker, start, total, Round(0.85 + (Deterministic.Fraction(seed, 7 + index) * 0.14)), words, displayWords);
    }

    private static double Round(double value) => Math.Round(value, 7);
}
