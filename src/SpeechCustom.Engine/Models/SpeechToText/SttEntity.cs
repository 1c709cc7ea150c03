using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// What every speech-to-text entity shares (datasets, models, evaluations, endpoints, transcriptions, web hooks,
    /// projects): no id property on the wire — the id is the last segment of <see cref="Self"/> — a display name, locale,
    /// status and timestamps. Entities re-read themselves, which is all the poller needs to wait for any of them.
    /// </summary>
    public abstract class SttEntity : ServiceObject
    {
        /// <summary>The entity's id (the last path segment of <see cref="Self"/>).</summary>
        [JsonIgnore]
        public string? Id => EntityId.FromSelf(Self);

        public string? Self { get; set; }

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? Locale { get; set; }

        public EntityReference? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        /// <summary>NotStarted, Running, Succeeded or Failed.</summary>
        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        /// <summary>The collection the entity lives in: datasets, models, evaluations, endpoints, transcriptions, webhooks, projects.</summary>
        [JsonIgnore]
        public abstract string Collection { get; }

        /// <summary>Why it failed (properties.error), when it did.</summary>
        [JsonIgnore]
        public abstract EntityError? FailureError { get; }

        /// <summary>Reads the entity again (with the service's Retry-After), for the poller.</summary>
        internal abstract Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken);

        /// <summary>What every <see cref="ReadAgainAsync"/> does: GET this entity as its own type (each names its JSON contract).</summary>
        private protected async Task<Polled<SttEntity>> ReadAgainAsync<T>(SpeechToTextClient client, JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : SttEntity
        {
            var polled = await client.GetEntityAsync(Collection, Id!, type, cancellationToken).ConfigureAwait(false);
            return new Polled<SttEntity>(polled.Value, polled.RetryAfter);
        }

        public override string ToString() => $"{GetType().Name} {Id} '{DisplayName}' ({Status})";
    }
}
