using System;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Whose content logs: one custom endpoint (/endpoints/{id}/files/logs), or the base model endpoints of a locale
    /// (/endpoints/base/{locale}/files/logs: requests to base models with logging on). v3.x only.
    /// </summary>
    public sealed class EndpointLogOwner
    {
        private const string LogsMarker = "/files/logs/";
        private readonly string display;

        private EndpointLogOwner(string path, string display)
        {
            LogsPath = path + "/files/logs";
            this.display = display;
        }

        internal string LogsPath { get; }

        public static EndpointLogOwner Endpoint(string? endpointId)
        {
            var guid = InputRules.GuidOf(endpointId, "EndpointId");
            return new EndpointLogOwner("endpoints/" + guid, $"endpoint '{guid}'");
        }

        public static EndpointLogOwner BaseModels(string? locale)
        {
            var checkedLocale = InputRules.LocaleOf(locale, "BaseModelLocale");
            return new EndpointLogOwner("endpoints/base/" + checkedLocale, $"the base model endpoints of {checkedLocale}");
        }

        /// <summary>The owner and log id in the Self URL of a log Get-CsrEndpointLog wrote (…/endpoints/{id or base/locale}/files/logs/{logId}).</summary>
        public static (EndpointLogOwner Owner, string LogId) OfLog(string? self)
        {
            var path = self != null && Uri.TryCreate(self, UriKind.Absolute, out var uri) ? uri.AbsolutePath : null;
            var at = path?.IndexOf(LogsMarker, StringComparison.Ordinal) ?? -1;
            var head = at < 0 ? null : path!.Substring(0, at);
            var endpoints = head?.LastIndexOf("/endpoints/", StringComparison.Ordinal) ?? -1;
            if (endpoints < 0)
                throw new SpeechInputException("InvalidLog", "-Log takes the logs Get-CsrEndpointLog writes. To remove logs by id or date, give -EndpointId or -BaseModelLocale with -LogId, -EndDate or -All.", "Log");
            var owner = head!.Substring(endpoints + "/endpoints/".Length);
            var logId = SpeechToTextClient.LogIdOf(Uri.UnescapeDataString(path!.Substring(at + LogsMarker.Length)));
            return owner.StartsWith("base/", StringComparison.Ordinal)
                ? (BaseModels(owner.Substring("base/".Length)), logId)
                : (Endpoint(owner), logId);
        }

        public override string ToString() => display;
    }
}
