using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;
using SpeechCustom.Engine.WebHooks;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Web hooks: the service POSTs to a URL when datasets, models, evaluations, transcriptions or endpoints change.
    /// A new or moved hook is only used after its URL answered a challenge. A secret makes the service sign every
    /// callback (see <see cref="SignatureVerifier"/>); it is sent, never read back.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>The checks that need no connection: name, https URL (http for loopback only), events, custom properties.</summary>
        public static void CheckWebHookDefinition(SpeechWebHookDefinition definition) => WebHookBody(definition, creating: true);

        /// <summary>POST /webhooks; the service then sends the challenge to the URL.</summary>
        public Task<SpeechWebHook> CreateWebHookAsync(SpeechWebHookDefinition definition, CancellationToken cancellationToken)
        {
            var body = WebHookBody(definition, creating: true);
            return CreateEntityAsync("webhooks", body, TranscriptionJsonContext.Default.SpeechWebHookBody, TranscriptionJsonContext.Default.SpeechWebHook, cancellationToken);
        }

        public async Task<SpeechWebHook> GetWebHookAsync(string id, CancellationToken cancellationToken)
            => (await GetEntityAsync("webhooks", id, TranscriptionJsonContext.Default.SpeechWebHook, cancellationToken).ConfigureAwait(false)).Value;

        public PageStream<SpeechWebHook> ListWebHooks(string? filter, int? skip, int? top)
            => List("webhooks", filter, skip, top, TranscriptionJsonContext.Default.SpeechToTextPageSpeechWebHook);

        /// <summary>
        /// Checks changes without sending. The service drops the secret of a hook whose update omits it (callbacks would
        /// silently stop being signed), so an update must say: a secret (the same or a new one), or "" to remove it.
        /// </summary>
        public static void CheckWebHookChanges(SpeechWebHookDefinition changes) => WebHookBody(changes, creating: false);

        /// <summary>PATCH /webhooks/{id}; a new URL is challenged again before it receives events.</summary>
        public Task<SpeechWebHook> UpdateWebHookAsync(string id, SpeechWebHookDefinition changes, CancellationToken cancellationToken)
            => UpdateEntityAsync("webhooks", id, WebHookBody(changes, creating: false), TranscriptionJsonContext.Default.SpeechWebHookBody, TranscriptionJsonContext.Default.SpeechWebHook, cancellationToken);

        public Task DeleteWebHookAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("webhooks", id, cancellationToken);

        /// <summary>
        /// POST /webhooks/{id}:ping (a ping event) or :test (one event per registered kind, from the latest matching entity).
        /// True when the service is sending (202); false when :test found nothing to send (204).
        /// </summary>
        public async Task<bool> TriggerWebHookAsync(string id, bool ping, CancellationToken cancellationToken)
        {
            var guid = InputRules.GuidOf(id, "Id");
            var result = await caller.SendAsync<object, SpeechWebHook>(RequestMethod.Post, Url($"webhooks/{guid}:{(ping ? "ping" : "test")}"), null, null, null, null, cancellationToken).ConfigureAwait(false);
            return result.Status != 204;
        }

        private static SpeechWebHookBody WebHookBody(SpeechWebHookDefinition definition, bool creating)
        {
            var body = new SpeechWebHookBody
            {
                DisplayName = definition.DisplayName,
                Description = definition.Description,
                CustomProperties = CheckCustomProperties(definition.CustomProperties),
            };
            if (creating || definition.DisplayName != null)
                InputRules.NonEmpty(definition.DisplayName, "DisplayName", "a name for the web hook");
            if (creating || definition.WebUrl != null)
                body.WebUrl = WebUrlOf(definition.WebUrl);
            if (creating || definition.Events != null)
                body.Events = WebHookEventNames.ToWire(WebHookEventNames.Parse(definition.Events, "Event"), includeUnselected: !creating);
            if (definition.Secret != null)
            {
                SecretRedactor.RegisterSecret(definition.Secret);
                body.Properties = new SpeechWebHookBodyProperties { Secret = definition.Secret };
            }
            else if (!creating)
            {
                throw new SpeechInputException("SecretRequired",
                    "The service removes a web hook's secret when an update leaves it out, and callbacks would stop being signed. Give -Secret again (the same or a new one), or -RemoveSecret to receive unsigned callbacks.",
                    "Secret");
            }
            return body;
        }

        /// <summary>The callback URL: absolute https (plain http only for loopback, e.g. a local receiver under test).</summary>
        private static string WebUrlOf(string? url)
        {
            if (string.IsNullOrWhiteSpace(url))
                throw new SpeechInputException("MissingParameter", "-WebUrl is empty: give the https URL the service should call back.", "WebUrl");
            var uri = InputRules.ServiceReadableUrl(url, "WebUrl");
            if (!string.IsNullOrEmpty(uri.UserInfo))
                throw new SpeechInputException("InvalidUrl", "-WebUrl must not carry a user name or password; authenticate callbacks with -Secret instead.", "WebUrl");
            return uri.AbsoluteUri;
        }
    }
}
