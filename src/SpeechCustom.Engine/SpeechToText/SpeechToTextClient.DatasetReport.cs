using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    public sealed partial class SpeechToTextClient
    {
        /// <summary>
        /// The accepted and rejected lines of a dataset's import: finds its DatasetReport file(s) and downloads them from their
        /// SAS URLs with <see cref="ContentDownloader"/> (blob storage gets no Speech key or token).
        /// </summary>
        public async Task<IReadOnlyList<CsrDatasetReportLine>> GetDatasetReportAsync(string datasetId, ContentDownloader? downloader, CancellationToken cancellationToken)
        {
            var id = InputRules.GuidOf(datasetId, "Id");
            var reports = new List<CsrFile>();
            // No SAS lifetime: the service's default serves, and the parameter is refused on resources with their own storage (BYOS).
            var files = ListFiles("datasets", id, null, null);
            while (await files.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
                reports.AddRange(page.Where(f => string.Equals(f.Kind, "DatasetReport", StringComparison.OrdinalIgnoreCase)));
            if (reports.Count == 0)
                throw new SpeechException("DatasetReportNotFound",
                    $"Dataset '{id}' has no report file yet: the service writes it when the import ends.",
                    SpeechErrorCategory.ObjectNotFound, id, $"Wait for the import (Get-CsrDataset -Id {id} | Wait-SpeechOperation), then ask again.");

            var lines = new List<CsrDatasetReportLine>();
            foreach (var report in reports)
            {
                var url = report.Links?.ContentUrl
                    ?? throw new SpeechException("UnexpectedResponse", $"The report file '{report.Name}' of dataset '{id}' has no content URL.", SpeechErrorCategory.InvalidData, id);
                var content = await (downloader ?? ContentDownloader.Shared).ReadAsync(url, cancellationToken).ConfigureAwait(false);
                try
                {
                    lines.AddRange(DatasetReportReader.Read(content, id).Select(line => Stamp(line)));
                }
                catch (System.Text.Json.JsonException e)
                {
                    throw new SpeechException("UnexpectedResponse", $"The report file '{report.Name}' of dataset '{id}' is not JSON: {e.Message}", SpeechErrorCategory.InvalidData, id, inner: e);
                }
            }
            return lines;
        }
    }
}
