using System.Globalization;

namespace SpeechCustom.MockServer.SpeechToText.Files;

/// <summary>
/// The lifetime of content URLs (speechtotext.md §2.5): v3.x sasValidityInSeconds, 2024-11-15+ sasLifetimeMinutes;
/// 12 hours when absent. Model manifests on 2024-11-15+ require a non-zero sasLifetimeMinutes.
/// </summary>
internal static class SttSas
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(12);

    public static string ParameterName(SttVersion version) => version.IsV3 ? "sasValidityInSeconds" : "sasLifetimeMinutes";

    public static TimeSpan Lifetime(HttpContext context, SttVersion version, bool required = false)
    {
        var name = ParameterName(version);
        var text = context.Request.Query[name].ToString();
        if (text.Length == 0)
        {
            return required
                ? throw SttErrors.InvalidRequest("InvalidSasValidityDuration", $"The query parameter '{name}' is required in api-version {version.Value} and must be greater than 0.", name)
                : DefaultLifetime;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 0 || (required && value == 0))
        {
            throw SttErrors.InvalidRequest("InvalidSasValidityDuration", $"The value '{text}' of '{name}' is not valid: a {(required ? "positive" : "non-negative")} integer is expected.", name);
        }

        if (value == 0)
        {
            return DefaultLifetime;
        }

        return version.IsV3 ? TimeSpan.FromSeconds(value) : TimeSpan.FromMinutes(value);
    }
}
