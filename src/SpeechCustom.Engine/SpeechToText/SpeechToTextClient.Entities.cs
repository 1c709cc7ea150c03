using System;
using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>The operations every speech-to-text entity shares: get, create, update (PATCH), delete; and version gates.</summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>GET /{collection}/{id} (the id is checked to be a GUID), with the service's Retry-After.</summary>
        internal async Task<Polled<T>> GetEntityAsync<T>(string collection, string id, JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : Models.ServiceObject
        {
            var guid = InputRules.GuidOf(id, "Id");
            var result = await caller.SendAsync<object, T>(RequestMethod.Get, Url(collection + "/" + guid), null, null, type, null, cancellationToken).ConfigureAwait(false);
            return new Polled<T>(Stamp(Required(result.Value, collection)), result.RetryAfter);
        }

        /// <summary>POST to <paramref name="path"/> (a collection, or an action such as transcriptions:submit); 201 with the entity.</summary>
        internal async Task<T> CreateEntityAsync<TBody, T>(string path, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : Models.ServiceObject
        {
            var result = await caller.SendAsync(RequestMethod.Post, Url(path), body, bodyType, type, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, path));
        }

        /// <summary>PATCH /{collection}/{id} with only the fields to change (merge-patch: absent fields stay as they are).</summary>
        internal async Task<T> UpdateEntityAsync<TBody, T>(string collection, string id, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : Models.ServiceObject
        {
            var guid = InputRules.GuidOf(id, "Id");
            var result = await caller.SendAsync(RequestMethod.Patch, Url(collection + "/" + guid), body, bodyType, type, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, collection));
        }

        /// <summary>DELETE /{collection}/{id} (204; the service also answers 204 when it did not exist for most collections).</summary>
        internal async Task DeleteEntityAsync(string collection, string id, CancellationToken cancellationToken)
        {
            var guid = InputRules.GuidOf(id, "Id");
            await caller.SendAsync<object, EntityReference>(RequestMethod.Delete, Url(collection + "/" + guid), null, null, null, null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Fails before sending when the connection's version lacks an operation (e.g. endpoint logs after v3.x).</summary>
        public void RequireVersions(string what, params string[] versions)
        {
            if (Array.IndexOf(versions, ApiVersion) < 0)
                throw new SpeechInputException("NotSupportedByApiVersion",
                    $"{what} is not in speech to text API version {ApiVersion}; it is available in {string.Join(", ", versions)}. Connect with -SpeechToTextApiVersion {versions[0]}.",
                    "SpeechToTextApiVersion");
        }

        /// <summary>The SAS lifetime query parameter of file lists: sasValidityInSeconds on v3.x, sasLifetimeMinutes later.</summary>
        internal KeyValuePair<string, string?> SasLifetime(TimeSpan? lifetime)
            => lifetime is null
                ? QueryString.Pair(IsPathVersioned ? "sasValidityInSeconds" : "sasLifetimeMinutes", (string?)null)
                : IsPathVersioned
                    ? QueryString.Pair("sasValidityInSeconds", (int)lifetime.Value.TotalSeconds)
                    : QueryString.Pair("sasLifetimeMinutes", Math.Max(1, (int)Math.Ceiling(lifetime.Value.TotalMinutes)));
    }
}
