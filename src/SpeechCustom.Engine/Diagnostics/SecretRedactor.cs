using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SpeechCustom.Engine.Diagnostics
{
    /// <summary>
    /// Removes secrets from any text before it can reach a stream, a log line or an exception message:
    /// SAS signatures (also inside JSON, where '&amp;' is escaped as \u0026), bearer tokens, key headers, secret JSON
    /// properties, and every secret value this process has been given (keys, client secrets, access tokens).
    /// </summary>
    public static class SecretRedactor
    {
        public const string Mask = "REDACTED";

        // Values registered at connect time and as tokens are obtained; matched literally.
        private static readonly ConcurrentDictionary<string, byte> KnownSecrets = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        private static readonly Regex SasSignature = new Regex(
            @"((?:[?&]|\\u0026|%26|&amp;)sig(?:=|%3D))[^&\s""'<>\\]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex BearerToken = new Regex(
            @"(bearer\s+)[A-Za-z0-9\-._~+/]{16,}=*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex SecretHeader = new Regex(
            @"((?:Ocp-Apim-Subscription-Key|Authorization|X-IDENTITY-HEADER|api-key)\s*[:=]\s*)[^\r\n,;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex SecretJsonProperty = new Regex(
            @"(""(?:access_token|refresh_token|id_token|client_secret|client_assertion|secret|password|key|targetSubscriptionKey)""\s*:\s*"")[^""]*("")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        private static readonly Regex SecretFormField = new Regex(
            @"((?:^|&)(?:client_secret|client_assertion|access_token|refresh_token)=)[^&\s]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        // Query parameters that are safe to show in traces; every other value is masked.
        private static readonly HashSet<string> SafeQueryParameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "api-version", "skip", "top", "maxpagesize", "filter", "forceDelete", "blockid", "sasValidityInSeconds",
            "sasLifetimeMinutes", "skipToken", "endDate", "resource", "client_id", "sv", "se", "st", "sp", "sr", "spr", "ss", "srt",
        };

        /// <summary>Registers a secret value so it is masked wherever it appears later. Short values are ignored.</summary>
        public static void RegisterSecret(string? secret)
        {
            if (!string.IsNullOrEmpty(secret) && secret!.Length >= 8)
                KnownSecrets.TryAdd(secret, 0);
        }

        public static string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text))
                return text ?? string.Empty;

            var result = text!;
            foreach (var secret in KnownSecrets.Keys)
            {
                if (result.IndexOf(secret, StringComparison.Ordinal) >= 0)
                    result = result.Replace(secret, Mask);
            }
            result = SasSignature.Replace(result, "$1" + Mask);
            result = BearerToken.Replace(result, "$1" + Mask);
            result = SecretHeader.Replace(result, "$1" + Mask);
            result = SecretJsonProperty.Replace(result, "$1" + Mask + "$2");
            result = SecretFormField.Replace(result, "$1" + Mask);
            return result;
        }

        /// <summary>A URL for display: only the SAS signature is masked (the rest tells the user which container and rights).</summary>
        public static string RedactSasUrl(string? url) => url is null ? string.Empty : SasSignature.Replace(url, "$1" + Mask);

        /// <summary>A URL for traces: every query value not known to be harmless is masked.</summary>
        public static string RedactForTrace(Uri uri)
        {
            var text = uri.AbsoluteUri;
            var q = text.IndexOf('?');
            if (q < 0)
                return Redact(text);

            var builder = new StringBuilder(text.Substring(0, q + 1));
            var pairs = text.Substring(q + 1).Split('&');
            builder.Append(string.Join("&", pairs.Select(RedactQueryPair)));
            return Redact(builder.ToString());
        }

        private static string RedactQueryPair(string pair)
        {
            var eq = pair.IndexOf('=');
            if (eq < 0)
                return pair;
            var name = Uri.UnescapeDataString(pair.Substring(0, eq));
            return SafeQueryParameters.Contains(name) ? pair : pair.Substring(0, eq + 1) + Mask;
        }
    }
}
