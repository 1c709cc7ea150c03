using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Http
{
    /// <summary>
    /// Downloads content the service hands out as SAS URLs (result files, reports, manifests). These go to blob storage,
    /// so they carry no Speech key or token: a pipeline with retries and the redacting trace, but no authentication.
    /// </summary>
    public sealed class ContentDownloader
    {
        private readonly HttpPipeline pipeline;

        public ContentDownloader(HttpPipelineTransport? transport = null)
        {
            pipeline = SpeechPipelineFactory.Build(new NoAuthenticationPolicy(), RetrySettings.Default, transport, out _);
        }

        public static ContentDownloader Shared { get; } = new ContentDownloader();

        /// <summary>Copies the content at <paramref name="url"/> into <paramref name="destination"/>, streaming.</summary>
        public async Task DownloadAsync(string url, Stream destination, CancellationToken cancellationToken)
        {
            using var message = pipeline.CreateMessage();
            message.BufferResponse = false;
            message.Request.Method = RequestMethod.Get;
            message.Request.Uri.Reset(new Uri(url));
            try
            {
                await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SpeechException("Timeout", $"GET {SecretRedactor.RedactForTrace(message.Request.Uri.ToUri())} got no answer in time (after retries).",
                    SpeechErrorCategory.OperationTimeout, message.Request.Uri.Host, "Try again later; check the network and any proxy (HTTPS_PROXY).", e);
            }
            catch (RequestFailedException e) when (e.Status == 0)
            {
                throw new SpeechException("ConnectionFailed", $"GET {SecretRedactor.RedactForTrace(message.Request.Uri.ToUri())} could not reach storage: {(e.InnerException ?? e).Message}",
                    SpeechErrorCategory.ConnectionError, message.Request.Uri.Host, "Check the network and any proxy (HTTPS_PROXY).", e);
            }
            var response = message.Response;
            if ((response.Status == 401 || response.Status == 403 || response.Status == 404) && url.IndexOf("sig=", StringComparison.OrdinalIgnoreCase) < 0)
                throw new SpeechException("ContentNotShared",
                    $"GET {SecretRedactor.RedactForTrace(message.Request.Uri.ToUri())} was refused ({response.Status}): the service gave this file's URL without a SAS, which it does when the files are in your own storage (a resource with bring-your-own-storage, or a transcription with a destination container).",
                    SpeechErrorCategory.PermissionDenied, message.Request.Uri.Host, "Read the file from that storage account with your own credentials (Az.Storage, azcopy), or give the storage a SAS.");
            if (response.Status < 200 || response.Status > 299)
                throw ServiceErrorParser.Parse(message.Request, response);
            if (response.ContentStream != null)
                await response.ContentStream.CopyToAsync(destination, 81920, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The content at <paramref name="url"/> as bytes (for small files such as reports).</summary>
        public async Task<byte[]> ReadAsync(string url, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            await DownloadAsync(url, buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }

        private sealed class NoAuthenticationPolicy : HttpPipelineSynchronousPolicy
        {
        }
    }
}
