using System.Globalization;
using SpeechCustom.MockServer.SpeechToText.Datasets;

namespace SpeechCustom.MockServer.SpeechToText.Models;

/// <summary>
/// The base models every mock server offers (GET /models/base): several per en-US and de-DE, one per other locale.
/// createdDateTime is fixed; deprecation dates are relative to the server's start (whole days), so that
/// "20220212 + Audio file adaptation" (en-US) always expires within 30 days (adaptation in 10, transcription in 25 days)
/// and "20201015" (en-US) can no longer be adapted (ModelDeprecated). Ids derive from locale and name, so they are the
/// same on every server (a copied model's baseModel resolves on the target).
/// </summary>
internal sealed class BaseModelCatalog
{
    private static readonly string[] Full = [DatasetKinds.Language, DatasetKinds.Acoustic, DatasetKinds.Pronunciation, DatasetKinds.LanguageMarkdown, DatasetKinds.OutputFormatting];
    private static readonly string[] TextOnly = [DatasetKinds.Language, DatasetKinds.Pronunciation, DatasetKinds.LanguageMarkdown];
    private static readonly string[] AudioOnly = [DatasetKinds.Acoustic];

    public BaseModelCatalog(DateTimeOffset serverStart)
    {
        var today = new DateTimeOffset(serverStart.UtcDateTime.Date, TimeSpan.Zero);
        SttBaseModel Model(string locale, string name, string created, int adaptationDays, int transcriptionDays, string[] kinds, ModelCapabilities? capabilities = null, bool charge = false, string? description = null) => new(
            Deterministic.Guid($"basemodel:{locale}:{name}"),
            locale,
            name,
            description ?? $"{locale} base model {name}",
            DateTimeOffset.Parse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            today.AddDays(adaptationDays),
            today.AddDays(transcriptionDays),
            kinds,
            capabilities ?? ModelCapabilities.Standard,
            charge);

        All =
        [
            Model("en-US", "20201015", "2020-10-15T00:00:00Z", -200, 165, TextOnly, description: "en-US base model 20201015 (adaptation retired)"),
            Model("en-US", "20220212 + Audio file adaptation", "2022-02-12T00:00:00Z", 10, 25, Full, description: "en-US base model 20220212 (adaptation and transcription retire within 30 days)"),
            Model("en-US", "20230111 + Audio file adaptation", "2023-01-11T00:00:00Z", 180, 545, Full),
            Model("en-US", "Whisper Large V2", "2023-09-15T00:00:00Z", 365, 730, AudioOnly, ModelCapabilities.Whisper, charge: true, description: "OpenAI Whisper Large V2 (display output only)"),
            Model("en-US", "20240315 (language adaptation)", "2024-03-15T00:00:00Z", 300, 665, TextOnly, description: "en-US base model 20240315 (text adaptation only)"),
            Model("en-US", "20241218 + Audio file adaptation", "2024-12-18T00:00:00Z", 540, 905, Full),
            Model("de-DE", "20220412 + Audio file adaptation", "2022-04-12T00:00:00Z", 90, 455, Full),
            Model("de-DE", "20231023 + Audio file adaptation", "2023-10-23T00:00:00Z", 360, 725, Full),
            Model("de-DE", "20241125 + Audio file adaptation", "2024-11-25T00:00:00Z", 540, 905, Full),
            Model("en-GB", "20241218 + Audio file adaptation", "2024-12-18T00:00:00Z", 540, 905, Full),
            Model("es-ES", "20241120 + Audio file adaptation", "2024-11-20T00:00:00Z", 540, 905, Full),
            Model("fr-FR", "20241120 + Audio file adaptation", "2024-11-20T00:00:00Z", 540, 905, Full),
            Model("ja-JP", "20241105 + Audio file adaptation", "2024-11-05T00:00:00Z", 540, 905, Full),
        ];
        All = [.. All.OrderBy(m => m.CreatedAt).ThenBy(m => m.Locale, StringComparer.Ordinal)];
    }

    /// <summary>Oldest first, as the service lists them.</summary>
    public IReadOnlyList<SttBaseModel> All { get; }

    public IReadOnlyList<string> Locales => [.. All.Select(m => m.Locale).Distinct().Order(StringComparer.Ordinal)];

    public SttBaseModel? Find(Guid id) => All.FirstOrDefault(m => m.Id == id);

    /// <summary>What a transcription or endpoint without a model uses: the newest non-Whisper model of the locale.</summary>
    public SttBaseModel? DefaultFor(string locale) => All
        .Where(m => string.Equals(m.Locale, locale, StringComparison.OrdinalIgnoreCase) && !m.Capabilities.DisplayOnly)
        .MaxBy(m => m.CreatedAt);
}
