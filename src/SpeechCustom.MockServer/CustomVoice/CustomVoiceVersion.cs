namespace SpeechCustom.MockServer.CustomVoice;

/// <summary>An accepted custom voice api-version and the shape differences that follow from it (customvoice.md §4).</summary>
internal sealed record CustomVoiceVersion(string Value)
{
    public const string V2026 = "2026-01-01";
    public const string V2024Preview = "2024-02-01-preview";
    public const string V2023Preview = "2023-12-01-preview";

    public static readonly IReadOnlyList<string> Supported = [V2026, V2024Preview, V2023Preview];

    /// <summary>Project.locale, Dataset.processAs, TrainingSet durationInSeconds/isContextual, Recipe.minDurationInSeconds,
    /// ModelProperties failedTrainingsets/secondaryLocales exist only in 2026-01-01.</summary>
    public bool Is2026 => Value == V2026;

    /// <summary>Consent.properties.failureReason is absent from the stored 2023-12-01-preview revision.</summary>
    public bool HasConsentFailureReason => Value != V2023Preview;

    public static CustomVoiceVersion? TryParse(string? value) =>
        value is not null && Supported.Contains(value, StringComparer.Ordinal) ? new CustomVoiceVersion(value) : null;
}
