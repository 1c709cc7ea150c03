using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Http
{
    /// <summary>Sends one JSON request through the connection's pipeline; a non-success answer becomes a SpeechServiceException.</summary>
    internal sealed class RestCaller
    {
        private readonly HttpPipeline pipeline;
        private readonly TimeSpan networkTimeout;

        public RestCaller(HttpPipeline pipeline, TimeSpan networkTimeout)
        {
            this.pipeline = pipeline;
            this.networkTimeout = networkTimeout;
        }

        public Task<RestResult<TResponse>> SendAsync<TRequest, TResponse>(
            RequestMethod method, Uri uri, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse>? responseType,
            IDictionary<string, string>? headers, CancellationToken cancellationToken)
            where TResponse : class
        {
            RequestContent? content = null;
            string? contentType = null;
            if (body != null && requestType != null)
            {
                content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, requestType));
                contentType = "application/json";
            }
            return SendCoreAsync(method, uri, content, contentType, responseType, headers, null, cancellationToken);
        }

        /// <summary>Sends JSON exactly as another answer gave it (no re-serialization that could drop or reformat fields).</summary>
        public Task<RestResult<TResponse>> SendRawJsonAsync<TResponse>(RequestMethod method, Uri uri, BinaryData json, JsonTypeInfo<TResponse>? responseType, CancellationToken cancellationToken)
            where TResponse : class
            => SendCoreAsync(method, uri, RequestContent.Create(json), "application/json", responseType, null, null, cancellationToken);

        /// <summary>
        /// Sends any content (a multipart form, a block of a file) with its content type. These requests carry files of up
        /// to gigabytes (a v3.2 dataset upload) or wait for the answer of a fast transcription of up to two hours of audio,
        /// so Azure.Core's 100 s network timeout, which covers sending the body and reading the answer, would cut them off:
        /// they get <see cref="FileTransferTimeout"/> instead, and Ctrl+C (the cancellation token) still stops them at once.
        /// </summary>
        public Task<RestResult<TResponse>> SendContentAsync<TResponse>(
            RequestMethod method, Uri uri, RequestContent? content, string? contentType, JsonTypeInfo<TResponse>? responseType,
            IDictionary<string, string>? headers, CancellationToken cancellationToken)
            where TResponse : class
            => SendCoreAsync(method, uri, content, contentType, responseType, headers, FileTransferTimeout, cancellationToken);

        /// <summary>How long one try of a file transfer may take on the network.</summary>
        public static readonly TimeSpan FileTransferTimeout = TimeSpan.FromHours(3);

        private async Task<RestResult<TResponse>> SendCoreAsync<TResponse>(
            RequestMethod method, Uri uri, RequestContent? content, string? contentType, JsonTypeInfo<TResponse>? responseType,
            IDictionary<string, string>? headers, TimeSpan? timeout, CancellationToken cancellationToken)
            where TResponse : class
        {
            using var message = pipeline.CreateMessage();
            message.NetworkTimeout = timeout ?? networkTimeout;
            var request = message.Request;
            request.Method = method;
            request.Uri.Reset(uri);
            request.Headers.SetValue("Accept", "application/json");
            if (headers != null)
            {
                foreach (var header in headers)
                    request.Headers.SetValue(header.Key, header.Value);
            }
            if (content != null)
            {
                if (contentType != null)
                    request.Headers.SetValue("Content-Type", contentType);
                request.Content = content;
            }
            else if (method == RequestMethod.Post || method == RequestMethod.Put)
            {
                request.Content = RequestContent.Create(Array.Empty<byte>());
            }

            try
            {
                await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // Azure.Core's network timeout ended the last try: not a Ctrl+C, so it must not look like one.
                throw new SpeechException("Timeout",
                    $"{method} {Diagnostics.SecretRedactor.RedactForTrace(uri)} got no answer within {message.NetworkTimeout.GetValueOrDefault(networkTimeout).TotalSeconds:0} s (after retries where they are safe).",
                    SpeechErrorCategory.OperationTimeout, uri.Host, "Try again later; check the network and any proxy (HTTPS_PROXY). For a create, check with Get- whether it was made before creating it again.", e);
            }
            catch (RequestFailedException e) when (e.Status == 0)
            {
                // The transport failed after all retries (DNS, TLS, refused connection, timeout).
                throw new SpeechException("ConnectionFailed",
                    $"{method} {Diagnostics.SecretRedactor.RedactForTrace(uri)} could not reach the service: {(e.InnerException ?? e).Message}",
                    SpeechErrorCategory.ConnectionError, uri.Host, "Check the endpoint, the network and any proxy (HTTPS_PROXY).", e);
            }
            var response = message.Response;
            if (response.Status < 200 || response.Status > 299)
                throw ServiceErrorParser.Parse(request, response);

            TResponse? value = null;
            if (responseType != null && response.Status != 204 && response.Content.ToMemory().Length > 0)
            {
                try
                {
                    value = JsonSerializer.Deserialize(response.Content.ToMemory().Span, responseType);
                }
                catch (JsonException e)
                {
                    throw new SpeechException("UnexpectedResponse", $"The service's answer to {method} {Diagnostics.SecretRedactor.RedactForTrace(uri)} could not be read: {e.Message}", SpeechErrorCategory.InvalidData, inner: e);
                }
            }
            return new RestResult<TResponse>(value, response.Status, HeadersOf(response), RetryAfter.FromResponse(response), response.Content);
        }

        private static Dictionary<string, string> HeadersOf(Response response)
        {
            var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in response.Headers)
                result[header.Name] = header.Value;
            return result;
        }
    }

    internal sealed class RestResult<T>
        where T : class
    {
        public RestResult(T? value, int status, IReadOnlyDictionary<string, string> headers, TimeSpan? retryAfter, BinaryData? body = null)
        {
            Body = body;
            Value = value;
            Status = status;
            Headers = headers;
            RetryAfter = retryAfter;
        }

        public T? Value { get; }

        /// <summary>The raw answer, for shapes that vary by version (a bare array or {"value": [...]}).</summary>
        public BinaryData? Body { get; }

        public int Status { get; }

        public IReadOnlyDictionary<string, string> Headers { get; }

        public TimeSpan? RetryAfter { get; }

        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }
}
