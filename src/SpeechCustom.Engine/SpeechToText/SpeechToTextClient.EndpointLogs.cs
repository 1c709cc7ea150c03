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
    /// The audio and transcription logs of an endpoint with content logging (v3.x only: 2024-11-15 removed the log API;
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

        /// <summary>GET /endpoints/{id}/files/logs (kinds Audio and Transcription), page by page; <paramref name="top"/> is the page size.</summary>
        public PageStream<CsrFile> ListEndpointLogs(string endpointId, int? top)
        {
            RequireEndpointLogs();
            var guid = InputRules.GuidOf(endpointId, "EndpointId");
            return List($"endpoints/{guid}/files/logs", null, null, top, TranscriptionJsonContext.Default.SpeechToTextPageCsrFile);
        }

        /// <summary>GET /endpoints/{id}/files/logs/{logId}.</summary>
        public async Task<CsrFile> GetEndpointLogAsync(string endpointId, string logId, CancellationToken cancellationToken)
        {
            var path = EndpointLogPath(endpointId, logId);
            var result = await caller.SendAsync<object, CsrFile>(RequestMethod.Get, Url(path), null, null, TranscriptionJsonContext.Default.CsrFile, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "log"));
        }

        /// <summary>DELETE /endpoints/{id}/files/logs/{logId} (204).</summary>
        public async Task DeleteEndpointLogAsync(string endpointId, string logId, CancellationToken cancellationToken)
        {
            var path = EndpointLogPath(endpointId, logId);
            await caller.SendAsync<object, CsrFile>(RequestMethod.Delete, Url(path), null, null, null, null, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// DELETE /endpoints/{id}/files/logs[?endDate=yyyy-MM-dd] (202): the logs of that UTC day and before, or all logs when
        /// <paramref name="endDate"/> is null. The service deletes them in the background, within a day.
        /// </summary>
        public async Task DeleteEndpointLogsAsync(string endpointId, DateTime? endDate, CancellationToken cancellationToken)
        {
            RequireEndpointLogs();
            var guid = InputRules.GuidOf(endpointId, "EndpointId");
            var day = endDate.HasValue ? EndDateOf(endDate.Value) : null;
            await caller.SendAsync<object, CsrFile>(RequestMethod.Delete, Url($"endpoints/{guid}/files/logs", QueryString.Pair("endDate", day)), null, null, null, null, cancellationToken).ConfigureAwait(false);
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

        /// <summary>The endpoint id and log id in the Self URL of a log (…/endpoints/{id}/files/logs/{logId}) from Get-CsrEndpointLog.</summary>
        public static (string EndpointId, string LogId) EndpointLogOf(string? self)
        {
            const string marker = "/files/logs/";
            var path = self != null && Uri.TryCreate(self, UriKind.Absolute, out var uri) ? uri.AbsolutePath : null;
            var at = path?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
            var head = at < 0 ? null : path!.Substring(0, at);
            if (at < 0 || !head!.Contains("/endpoints/"))
                throw new SpeechInputException("InvalidLog", "-Log takes the logs Get-CsrEndpointLog writes. To remove logs by id or date, give -EndpointId with -LogId, -EndDate or -All.", "Log");
            var endpointId = InputRules.GuidOf(head.Substring(head.LastIndexOf('/') + 1), "Log");
            return (endpointId, LogIdOf(Uri.UnescapeDataString(path!.Substring(at + marker.Length))));
        }

        private string EndpointLogPath(string endpointId, string logId)
        {
            RequireEndpointLogs();
            var guid = InputRules.GuidOf(endpointId, "EndpointId");
            return $"endpoints/{guid}/files/logs/{Uri.EscapeDataString(LogIdOf(logId))}";
        }
    }
}
