using System;
using System.Collections.Generic;
using System.Linq;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>The API versions the module speaks, and how each places its version (path on v3.x, query otherwise).</summary>
    public static class ApiVersions
    {
        public const string CustomVoiceDefault = "2026-01-01";
        public const string SpeechToTextDefault = "2025-10-15";

        public static readonly IReadOnlyList<string> CustomVoice = new[] { "2026-01-01", "2024-02-01-preview" };

        public static readonly IReadOnlyList<string> SpeechToText = new[] { "2025-10-15", "2024-11-15", "v3.2" };

        public static string NormalizeCustomVoice(string? version) => Normalize(version, CustomVoice, CustomVoiceDefault, "CustomVoiceApiVersion");

        public static string NormalizeSpeechToText(string? version)
        {
            var v = version?.Trim();
            if (v != null && (v.Equals("3.2", StringComparison.OrdinalIgnoreCase) || v.Equals("V3.2", StringComparison.Ordinal)))
                v = "v3.2";
            return Normalize(v, SpeechToText, SpeechToTextDefault, "SpeechToTextApiVersion");
        }

        public static bool IsPathVersioned(string speechToTextVersion) => speechToTextVersion.StartsWith("v", StringComparison.OrdinalIgnoreCase);

        private static string Normalize(string? version, IReadOnlyList<string> supported, string fallback, string parameter)
        {
            if (string.IsNullOrWhiteSpace(version))
                return fallback;
            var match = supported.FirstOrDefault(s => string.Equals(s, version!.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
                throw new SpeechInputException("UnsupportedApiVersion", $"API version '{version}' is not supported for {parameter}. Use one of: {string.Join(", ", supported)}.", parameter);
            return match;
        }
    }
}
