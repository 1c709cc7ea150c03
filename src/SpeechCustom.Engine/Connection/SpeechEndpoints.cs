using System;
using System.Net;
using System.Text.RegularExpressions;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>Resolves and checks the resource endpoint before anything is sent to it.</summary>
    public static class SpeechEndpoints
    {
        private static readonly Regex RegionName = new Regex("^[a-z][a-z0-9]{2,39}$", RegexOptions.CultureInvariant);

        public static Uri ForRegion(string region)
        {
            var name = (region ?? string.Empty).Trim().ToLowerInvariant().Replace(" ", string.Empty);
            if (!RegionName.IsMatch(name))
                throw new SpeechInputException("InvalidRegion", $"'{region}' is not an Azure region name. Use the short name, for example eastus or westeurope.", "Region");
            return new Uri($"https://{name}.api.cognitive.microsoft.com");
        }

        /// <summary>
        /// The endpoint as scheme://host[:port]. Secrets are sent to it, so it must be https, except on a loopback
        /// address (the mock server, a local proxy).
        /// </summary>
        public static Uri Validate(Uri endpoint)
        {
            if (endpoint is null || !endpoint.IsAbsoluteUri)
                throw new SpeechInputException("InvalidEndpoint", $"'{endpoint}' is not an absolute URL. Give the resource endpoint, for example https://contoso.cognitiveservices.azure.com.", "Endpoint");
            if (endpoint.Scheme != Uri.UriSchemeHttps && !(endpoint.Scheme == Uri.UriSchemeHttp && IsLoopback(endpoint)))
                throw new SpeechInputException("InsecureEndpoint", $"The endpoint '{endpoint}' does not use https. Keys and tokens are only sent over https (plain http is allowed for loopback addresses only).", "Endpoint",
                    "Use the https:// endpoint shown on the resource's Keys and Endpoint page.");
            if (endpoint.AbsolutePath != "/" || !string.IsNullOrEmpty(endpoint.Query))
                throw new SpeechInputException("InvalidEndpoint", $"Give the resource endpoint without a path or query (for example {endpoint.Scheme}://{endpoint.Authority}), not '{endpoint}'.", "Endpoint");
            return new Uri(endpoint.GetLeftPart(UriPartial.Authority));
        }

        public static bool IsLoopback(Uri uri)
        {
            if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
                return true;
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
        }

        /// <summary>The region of a regional endpoint (eastus.api.cognitive.microsoft.com), else null.</summary>
        public static string? RegionOf(Uri endpoint)
        {
            const string suffix = ".api.cognitive.microsoft.com";
            return endpoint.Host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? endpoint.Host.Substring(0, endpoint.Host.Length - suffix.Length) : null;
        }
    }
}
