namespace SpeechCustom.MockServer.CustomVoice.Catalog;

/// <summary>The model recipes the mock offers (GET /modelrecipes) and accepts in Model.recipe.kind.</summary>
internal static class Recipes
{
    public const string Default = "Default";
    public const string CrossLingual = "CrossLingual";
    public const string MultiStyle = "MultiStyle";
    public const string HD = "HD";

    private static readonly string[] DatasetLocales = ["en-US", "en-GB", "de-DE", "fr-FR", "it-IT", "es-ES", "ja-JP", "zh-CN"];

    public static readonly IReadOnlyList<Recipe> All =
    [
        new(Default, "V7.2023.03", "Train a neural voice in the language of the training data.", 300, null, null, 3600.0, DatasetLocales, DatasetLocales, null),
        new(CrossLingual, "V9.2023.05", "Train a neural voice that speaks a language other than the one of the training data.", 300, null, null, 3600.0, DatasetLocales, DatasetLocales, null),
        new(MultiStyle, "V3.2023.06", "Train a neural voice that speaks in preset and custom styles.", 300, 100, 5, 3600.0, ["en-US", "zh-CN", "ja-JP"], ["en-US", "zh-CN", "ja-JP"],
            new Dictionary<string, PresetStyles>
            {
                ["en-US"] = new(["angry", "calm", "chat", "cheerful", "sad"], ["angry", "calm", "chat", "cheerful", "excited", "sad"]),
                ["zh-CN"] = new(["angry", "calm", "cheerful", "sad"], ["angry", "calm", "cheerful", "sad"]),
            }),
        new(HD, "V1.2025.01", "Train a high-definition voice (voiceName must end with ':DragonHDLatestNeural').", 300, null, null, 3600.0, ["en-US"], ["en-US"], null),
    ];

    public static Recipe? Find(string kind) => All.FirstOrDefault(r => string.Equals(r.Kind, kind, StringComparison.OrdinalIgnoreCase));

    public static object ToJson(Recipe recipe, CustomVoiceVersion version) => new RecipeJson(
        recipe.Kind,
        recipe.Version,
        recipe.Description,
        recipe.MinUtteranceCount,
        recipe.MinStyleUtteranceCount,
        recipe.MaxCustomStyleNum,
        version.Is2026 ? recipe.MinDurationInSeconds : null,
        recipe.DatasetLocales,
        recipe.ModelLocales,
        recipe.PresetStyles);

    private sealed record RecipeJson(
        string Kind,
        string Version,
        string Description,
        int MinUtteranceCount,
        int? MinStyleUtteranceCount,
        int? MaxCustomStyleNum,
        double? MinDurationInSeconds,
        IReadOnlyList<string> DatasetLocales,
        IReadOnlyList<string> ModelLocales,
        IReadOnlyDictionary<string, PresetStyles>? PresetStyles);
}

/// <summary>A recipe (kind + version) and its requirements.</summary>
internal sealed record Recipe(
    string Kind,
    string Version,
    string Description,
    int MinUtteranceCount,
    int? MinStyleUtteranceCount,
    int? MaxCustomStyleNum,
    double MinDurationInSeconds,
    IReadOnlyList<string> DatasetLocales,
    IReadOnlyList<string> ModelLocales,
    IReadOnlyDictionary<string, PresetStyles>? PresetStyles);

/// <summary>PresetStyleItem: the preset styles per voice gender.</summary>
internal sealed record PresetStyles(IReadOnlyList<string> Male, IReadOnlyList<string> Female);
