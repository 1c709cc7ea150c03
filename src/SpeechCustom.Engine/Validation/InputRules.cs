using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Validation
{
    /// <summary>
    /// Checks the API's input rules locally, so bad input fails with a message that says how to fix it before
    /// anything is sent (and nothing is half-done).
    /// </summary>
    public static class InputRules
    {
        /// <summary>The custom voice id rule (ResourceId / PathId / Operation-Id in the contract).</summary>
        public const string CustomVoiceIdPattern = "^[a-zA-Z0-9][a-zA-Z0-9._-]{1,62}[a-zA-Z0-9]$";

        private static readonly Regex CustomVoiceId = new Regex(CustomVoiceIdPattern, RegexOptions.CultureInvariant);
        private static readonly Regex Locale = new Regex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$", RegexOptions.CultureInvariant);
        private static readonly Regex Extension = new Regex(@"^\.[A-Za-z0-9]{1,10}$", RegexOptions.CultureInvariant);

        public static string CustomVoiceIdOf(string? id, string parameter)
        {
            if (id is null || !CustomVoiceId.IsMatch(id))
                throw new SpeechInputException("InvalidId",
                    $"'{id}' is not a valid value for -{parameter}: custom voice ids are 3 to 64 characters of letters, digits, '.', '_' and '-', and start and end with a letter or digit (for example Jessica-300).",
                    parameter);
            return id;
        }

        public static string GuidOf(string? id, string parameter)
        {
            if (!Guid.TryParse(id, out var guid))
                throw new SpeechInputException("InvalidId", $"'{id}' is not a valid value for -{parameter}: it must be a GUID, for example 9f50c644-2121-40e9-9ea7-544e48bfe3cb.", parameter);
            return guid.ToString("D");
        }

        public static string LocaleOf(string? locale, string parameter)
        {
            if (locale is null || !Locale.IsMatch(locale))
                throw new SpeechInputException("InvalidLocale", $"'{locale}' is not a BCP-47 locale for -{parameter}; use a form like en-US or de-DE.", parameter);
            return locale;
        }

        public static string NonEmpty(string? value, string parameter, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new SpeechInputException("MissingParameter", $"-{parameter} is empty: give {what}.", parameter);
            return value!;
        }

        /// <summary>Optional display text: blank means not given.</summary>
        public static string? OptionalText(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

        /// <summary>Returns the canonical spelling of <paramref name="value"/> among <paramref name="allowed"/>, or fails listing them.</summary>
        public static string OneOf(string? value, IEnumerable<string> allowed, string parameter)
        {
            var list = allowed.ToList();
            var match = list.FirstOrDefault(a => string.Equals(a, value?.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
                throw new SpeechInputException("InvalidValue", $"'{value}' is not valid for -{parameter}. Use one of: {string.Join(", ", list)}.", parameter);
            return match;
        }

        /// <summary>
        /// A URL the service will fetch, or that receives secrets: absolute, https (plain http only for loopback, e.g. Azurite).
        /// </summary>
        public static Uri ServiceReadableUrl(string? url, string parameter)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new SpeechInputException("InvalidUrl", $"-{parameter} must be an absolute https URL, not '{Diagnostics.SecretRedactor.RedactSasUrl(url)}'.", parameter);
            if (uri.Scheme == Uri.UriSchemeHttp && !SpeechEndpoints.IsLoopback(uri))
                throw new SpeechInputException("InsecureUrl", $"-{parameter} uses plain http; the service only reads https URLs (http is accepted for loopback addresses only).", parameter);
            // Objects this module writes show URLs with the SAS signature masked; sent on, storage would refuse them later.
            if (uri.Query.TrimStart('?').Split('&').Any(pair => pair.EndsWith("=" + Diagnostics.SecretRedactor.Mask, StringComparison.Ordinal)))
                throw new SpeechInputException("MaskedUrl",
                    $"-{parameter} is a URL whose SAS signature is masked ({Diagnostics.SecretRedactor.Mask}): it came from an object this module wrote, which never shows signatures. Give the URL with its SAS (for example from New-AzStorageBlobSASToken).",
                    parameter);
            return uri;
        }

        /// <summary>Normalizes file extensions to the API's ".wav" form ("wav" and "*.wav" are accepted).</summary>
        public static IList<string> ExtensionsOf(IEnumerable<string>? extensions, string parameter)
        {
            var result = new List<string>();
            foreach (var raw in extensions ?? Enumerable.Empty<string>())
            {
                var ext = (raw ?? string.Empty).Trim();
                if (ext.StartsWith("*", StringComparison.Ordinal))
                    ext = ext.Substring(1);
                if (!ext.StartsWith(".", StringComparison.Ordinal))
                    ext = "." + ext;
                if (!Extension.IsMatch(ext))
                    throw new SpeechInputException("InvalidExtension", $"'{raw}' is not a file extension for -{parameter}; use a form like .wav or .txt.", parameter);
                if (!result.Contains(ext, StringComparer.OrdinalIgnoreCase))
                    result.Add(ext.ToLowerInvariant());
            }
            if (result.Count == 0)
                throw new SpeechInputException("MissingExtension", $"-{parameter} needs at least one file extension, for example .wav.", parameter);
            return result;
        }
    }
}
