namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>DatasetKind per version, and the supported locales per kind (GET /datasets/locales).</summary>
internal static class DatasetKinds
{
    public const string Language = "Language";
    public const string Acoustic = "Acoustic";
    public const string Pronunciation = "Pronunciation";
    public const string AudioFiles = "AudioFiles";
    public const string LanguageMarkdown = "LanguageMarkdown";
    public const string OutputFormatting = "OutputFormatting";

    private static readonly string[] CommonLocales = ["de-DE", "en-AU", "en-GB", "en-IN", "en-US", "es-ES", "es-MX", "fr-CA", "fr-FR", "it-IT", "ja-JP", "ko-KR", "nl-NL", "pt-BR", "zh-CN"];

    private static readonly IReadOnlyDictionary<string, string[]> LocalesByKind = new Dictionary<string, string[]>
    {
        [Language] = CommonLocales,
        [Acoustic] = CommonLocales,
        [Pronunciation] = ["de-DE", "en-GB", "en-US", "fr-FR"],
        [AudioFiles] = CommonLocales,
        [LanguageMarkdown] = ["en-US"],
        [OutputFormatting] = ["en-US"],
    };

    public static IReadOnlyList<string> For(SttVersion version) => version.IsV32OrLater
        ? [Language, Acoustic, Pronunciation, AudioFiles, LanguageMarkdown, OutputFormatting]
        : [Language, Acoustic, Pronunciation, AudioFiles, LanguageMarkdown];

    /// <summary>v3.x: locale → kinds; 2024-11-15+: kind → locales (speechtotext.md §4.1).</summary>
    public static object Locales(SttVersion version)
    {
        var kinds = For(version);
        if (!version.InPath)
        {
            return kinds.ToDictionary(k => k, k => LocalesByKind[k]);
        }

        return kinds.SelectMany(k => LocalesByKind[k].Select(locale => (locale, kind: k)))
            .GroupBy(pair => pair.locale)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(pair => pair.kind).ToArray());
    }
}
