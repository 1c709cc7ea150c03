using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// The audio and transcription logs of an endpoint with content logging, or of a locale's base model endpoints (v3.x only: 2024-11-15 removed the log API;
    /// since then logs go to the resource's own storage, BYOS). Lists page with skipToken, which the next link carries.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>Fails before sending on versions without endpoint logs, saying what to do instead.</summary>
        public void RequireEndpointLogs()
        {
            if (!IsPathVersioned)
                throw new SpeechInputException("EndpointLogsNotSupported",
                    $"Speech to text API version {ApiVersion} has no endpoint logs: version 2024-11-15 removed the endpoint log API. Connect with -SpeechToTextApiVersion v3.2 to list or delete them; with 2024-11-15 and later, logs of endpoints with content logging are stored in the Speech resource's own storage account (BYOS), where you manage them.",
                    "SpeechToTextApiVersion");
        }

        /// <summary>GET …/files/logs (kinds Audio and Transcription) of the owner, page by page; <paramref name="top"/> is the page size.</summary>
        public PageStream<CsrFile> ListEndpointLogs(EndpointLogOwner owner, int? top)
        {
            RequireEndpointLogs();
            return List(owner.LogsPath, null, null, top, TranscriptionJsonContext.Default.SpeechToTextPageCsrFile);
        }

        /// <summary>GET …/files/logs/{logId}.</summary>
        public async Task<CsrFile> GetEndpointLogAsync(EndpointLogOwner owner, string logId, CancellationToken cancellationToken)
        {
            var path = EndpointLogPath(owner, logId);
            var result = await caller.SendAsync<object, CsrFile>(RequestMethod.Get, Url(path), null, null, TranscriptionJsonContext.Default.CsrFile, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "log"));
        }

        /// <summary>DELETE …/files/logs/{logId} (204).</summary>
        public async Task DeleteEndpointLogAsync(EndpointLogOwner owner, string logId, CancellationToken cancellationToken)
        {
            var path = EndpointLogPath(owner, logId);
            await caller.SendAsync<object, CsrFile>(RequestMethod.Delete, Url(path), null, null, null, null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// DELETE …/files/logs[?endDate=yyyy-MM-dd] (202): the logs of that UTC day and before, or all logs when
        /// <paramref name="endDate"/> is null. The service deletes them in the background, within a day.
        /// </summary>
        public async Task DeleteEndpointLogsAsync(EndpointLogOwner owner, DateTime? endDate, CancellationToken cancellationToken)
        {
            RequireEndpointLogs();
            var day = endDate.HasValue ? EndDateOf(endDate.Value) : null;
            await caller.SendAsync<object, CsrFile>(RequestMethod.Delete, Url(owner.LogsPath, QueryString.Pair("endDate", day)), null, null, null, null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The day the service expects: yyyy-MM-dd in UTC (a local time is converted first).</summary>
        public static string EndDateOf(DateTime endDate)
        {
            var utc = endDate.Kind == DateTimeKind.Local ? endDate.ToUniversalTime() : endDate;
            return utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        /// <summary>Checks a log id locally: a file name the service gave (no path separators or query characters).</summary>
        public static string LogIdOf(string? logId)
        {
            if (string.IsNullOrWhiteSpace(logId) || logId!.IndexOfAny(new[] { '/', '\\', '?', '#' }) >= 0 || logId.Trim() != logId)
                throw new SpeechInputException("InvalidLogId", $"'{logId}' is not an endpoint log id: use the Id of a log from Get-CsrEndpointLog, for example 2019-09-20_080000_3b5f4628-e225-439d-bd27-8804f9eed13f.wav.", "LogId");
            return logId;
        }

        private string EndpointLogPath(EndpointLogOwner owner, string logId)
        {
            RequireEndpointLogs();
            return $"{owner.LogsPath}/{Uri.EscapeDataString(LogIdOf(logId))}";
        }
    }
}
