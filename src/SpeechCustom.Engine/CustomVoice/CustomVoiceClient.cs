using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    /// <summary>
    /// The custom voice API ({endpoint}/customvoice/...?api-version=...). Each method checks its input first, so a
    /// bad id or body fails before any request; long-running creates send an Operation-Id so a retried request can
    /// never start the work twice.
    /// </summary>
    public sealed partial class CustomVoiceClient
    {
        private readonly SpeechContext context;
        private readonly RestCaller caller;

        internal CustomVoiceClient(SpeechContext context, RestCaller caller)
        {
            this.context = context;
            this.caller = caller;
        }

        public string ApiVersion => context.CustomVoiceApiVersion;

        public async Task<VoiceOperation> GetOperationAsync(string operationId, CancellationToken cancellationToken)
            => (await GetOperationWithHintAsync(operationId, cancellationToken).ConfigureAwait(false)).Value;

        internal async Task<Polled<VoiceOperation>> GetOperationWithHintAsync(string operationId, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(operationId, "OperationId");
            var result = await caller.SendAsync<object, VoiceOperation>(RequestMethod.Get, Url("operations/" + Escape(operationId)), null, null,
                SpeechJsonContext.Default.VoiceOperation, null, cancellationToken).ConfigureAwait(false);
            var operation = Required(result.Value, "operation");
            operation.Origin = context;
            return new Polled<VoiceOperation>(operation, result.RetryAfter);
        }

        /// <summary>GET /{collection}/{id}, with the service's Retry-After (for the poller). The id must already be checked.</summary>
        internal async Task<Polled<T>> GetAsync<T>(string collection, string id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : ServiceObject
        {
            var result = await caller.SendAsync<object, T>(RequestMethod.Get, Url(collection + "/" + Escape(id)), null, null, type, null, cancellationToken).ConfigureAwait(false);
            return new Polled<T>(Stamp(Required(result.Value, collection)), result.RetryAfter);
        }

        /// <summary><see cref="GetAsync{T}"/> as the resource interface the poller works with.</summary>
        internal async Task<Polled<IVoiceResource>> GetWithHintAsync<T>(string collection, string id, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
            where T : ServiceObject, IVoiceResource
        {
            var polled = await GetAsync(collection, id, type, cancellationToken).ConfigureAwait(false);
            return new Polled<IVoiceResource>(polled.Value, polled.RetryAfter);
        }

        /// <summary>A new Operation-Id, or the caller's after checking it.</summary>
        public static string OperationIdOrNew(string? operationId)
            => string.IsNullOrEmpty(operationId) ? Guid.NewGuid().ToString("D") : InputRules.CustomVoiceIdOf(operationId, "OperationId");

        /// <summary>Fails before sending when this connection's API version is older than <paramref name="minimum"/>.</summary>
        internal void RequireVersion(string minimum, string what)
        {
            // Custom voice versions are dates (2024-02-01-preview sorts before 2026-01-01).
            if (string.CompareOrdinal(ApiVersion, minimum) < 0)
                throw new SpeechInputException("UnsupportedParameter", $"{what} needs custom voice API version {minimum} or later; this connection uses {ApiVersion}. Connect with -CustomVoiceApiVersion {minimum}.", "CustomVoiceApiVersion");
        }

        /// <summary>DELETE /{collection}/{id} (204).</summary>
        internal async Task DeleteAsync(string collection, string id, CancellationToken cancellationToken, params KeyValuePair<string, string?>[] query)
            => await caller.SendAsync<object, VoiceOperation>(RequestMethod.Delete, Url(collection + "/" + Escape(id), query), null, null, null, null, cancellationToken).ConfigureAwait(false);

        /// <summary>The resource, or null when it does not exist (404); for -SkipExisting.</summary>
        public static async Task<T?> TryGetAsync<T>(Func<Task<T>> get)
            where T : class
        {
            try
            {
                return await get().ConfigureAwait(false);
            }
            catch (SpeechServiceException e) when (e.Status == 404)
            {
                return null;
            }
        }

        internal Uri Url(string path, params KeyValuePair<string, string?>[] query)
        {
            var all = new List<KeyValuePair<string, string?>>(query) { QueryString.Pair("api-version", ApiVersion) };
            return QueryString.Build(context.Endpoint.AbsoluteUri.TrimEnd('/') + "/customvoice/" + path, all);
        }

        internal static string Escape(string id) => Uri.EscapeDataString(id);

        internal static Dictionary<string, string> OperationHeader(string operationId)
            => new Dictionary<string, string> { [RequestIdempotency.OperationIdHeader] = operationId };

        internal T Stamp<T>(T value)
            where T : ServiceObject
        {
            value.Origin = context;
            return value;
        }

        internal static T Required<T>(T? value, string what)
            where T : class
            => value ?? throw new SpeechException("UnexpectedResponse", $"The service returned no {what}.", SpeechErrorCategory.InvalidData);

        /// <summary>Reads a list page by page ({"value":[...],"nextLink":"..."}).</summary>
        internal PageStream<T> List<T>(string collection, string? filter, int? skip, int? maxPageSize, System.Text.Json.Serialization.Metadata.JsonTypeInfo<CustomVoicePage<T>> pageType)
            where T : ServiceObject
        {
            var first = Url(collection, QueryString.Pair("filter", filter), QueryString.Pair("skip", skip), QueryString.Pair("maxpagesize", maxPageSize));
            return new PageStream<T>(first, async (uri, ct) =>
            {
                var result = await caller.SendAsync<object, CustomVoicePage<T>>(RequestMethod.Get, uri, null, null, pageType, null, ct).ConfigureAwait(false);
                var items = (result.Value?.Value ?? new List<T>()).Select(Stamp).ToList();
                var next = string.IsNullOrEmpty(result.Value?.NextLink) ? null : new Uri(result.Value!.NextLink!);
                return new Page<T>(items, next);
            });
        }
    }

    /// <summary>A value read while polling, with the service's wait hint.</summary>
    internal sealed class Polled<T>
    {
        public Polled(T value, TimeSpan? retryAfter)
        {
            Value = value;
            RetryAfter = retryAfter;
        }

        public T Value { get; }

        public TimeSpan? RetryAfter { get; }
    }
}
