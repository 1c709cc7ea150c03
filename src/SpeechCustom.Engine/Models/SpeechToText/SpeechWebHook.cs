using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A web hook registration: the URL the service calls back for the chosen events. Its status becomes Succeeded once
    /// the URL answered the service's challenge. The secret is write-only: it is never read back into this object.
    /// </summary>
    public sealed class SpeechWebHook : SttEntity
    {
        /// <summary>
        /// The URL the service calls, with query values masked: callback URLs often carry a key (an Azure Functions
        /// ?code=...), and objects end up in logs and transcripts. The path still tells which listener it is.
        /// </summary>
        [JsonIgnore]
        public string? WebUrl => RawWebUrl is null ? null : Diagnostics.SecretRedactor.RedactForTrace(new System.Uri(RawWebUrl));

        [JsonInclude]
        [JsonPropertyName("webUrl")]
        internal string? RawWebUrl { get; set; }

        /// <summary>The events the hook receives, e.g. TranscriptionCompletion (PascalCase of the API's names).</summary>
        [JsonIgnore]
        public IReadOnlyList<string> Events => WebHookEvents is null
            ? new string[0]
            : WebHookEvents.Where(e => e.Value).Select(e => WebHooks.WebHookEventNames.Display(e.Key)).ToList();

        [JsonInclude]
        [JsonPropertyName("events")]
        internal Dictionary<string, bool>? WebHookEvents { get; set; }

        public SpeechWebHookLinks? Links { get; set; }

        public SpeechWebHookProperties? Properties { get; set; }

        public override string Collection => "webhooks";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, TranscriptionJsonContext.Default.SpeechWebHook, cancellationToken);
    }

    public sealed class SpeechWebHookLinks
    {
        public string? Ping { get; set; }

        public string? Test { get; set; }
    }

    /// <summary>Deliberately without the secret: an answer that echoes it is dropped when read.</summary>
    public sealed class SpeechWebHookProperties
    {
        /// <summary>The API version the hook was created with; it fixes the shape of the callbacks' bodies.</summary>
        public string? ApiVersion { get; set; }

        public EntityError? Error { get; set; }
    }

    /// <summary>What New-/Set-SpeechWebHook ask for; null means not given (unchanged on Set).</summary>
    public sealed class SpeechWebHookDefinition
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? WebUrl { get; set; }

        /// <summary>Event names (API or PascalCase spelling) or groups (Transcription, Dataset, ..., All).</summary>
        public IList<string>? Events { get; set; }

        /// <summary>The HMAC key for the callbacks' signature; "" removes it (Set).</summary>
        public string? Secret { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    /// <summary>The body of POST /webhooks and PATCH /webhooks/{id}.</summary>
    internal sealed class SpeechWebHookBody
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? WebUrl { get; set; }

        public Dictionary<string, bool>? Events { get; set; }

        public SpeechWebHookBodyProperties? Properties { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    internal sealed class SpeechWebHookBodyProperties
    {
        public string? Secret { get; set; }
    }
}
