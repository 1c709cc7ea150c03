using System;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A custom speech endpoint: a model deployed for real-time recognition. The same object for every API version;
    /// what a version lacks (logs, time to live, adaptation text after v3.x) is simply null.
    /// </summary>
    public sealed class CsrEndpoint : SttEntity
    {
        public EntityReference? Model { get; set; }

        /// <summary>The deployed model's id (custom or base model).</summary>
        [JsonIgnore]
        public string? ModelId => Model?.Id;

        /// <summary>v3.x only: text used to adapt the language model of this endpoint.</summary>
        public string? Text { get; set; }

        public CsrEndpointLinks? Links { get; set; }

        public CsrEndpointProperties? Properties { get; set; }

        public override string Collection => "endpoints";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, TranscriptionJsonContext.Default.CsrEndpoint, cancellationToken);
    }

    /// <summary>Where to send audio: v3.x lists REST and WebSocket URLs per mode and the logs; later versions only webSocket.</summary>
    public sealed class CsrEndpointLinks
    {
        public string? WebSocket { get; set; }

        public string? RestInteractive { get; set; }

        public string? RestConversation { get; set; }

        public string? RestDictation { get; set; }

        public string? WebSocketInteractive { get; set; }

        public string? WebSocketConversation { get; set; }

        public string? WebSocketDictation { get; set; }

        public string? Logs { get; set; }
    }

    public sealed class CsrEndpointProperties
    {
        /// <summary>Whether audio and transcriptions sent to the endpoint are logged (content logging).</summary>
        public bool? LoggingEnabled { get; set; }

        /// <summary>v3.x: how long the endpoint is kept before the service deletes it (null: kept).</summary>
        [JsonIgnore]
        public TimeSpan? TimeToLive => IsoDuration.From(TimeToLiveIso, null);

        [JsonInclude]
        [JsonPropertyName("timeToLive")]
        internal string? TimeToLiveIso { get; set; }

        public EntityError? Error { get; set; }
    }
}
