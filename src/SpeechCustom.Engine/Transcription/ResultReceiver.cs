using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Operations;
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Engine.Transcription
{
    /// <summary>Told about each result, report and failure as they come. Called from worker threads: implementations queue, never block.</summary>
    public interface ITranscriptionResultSink
    {
        void OnResult(SpeechTranscriptionResult result);

        void OnReport(SpeechTranscriptionReport report);

        void OnFailure(SpeechException failure, object? target);

        /// <summary>After each file: how many are done of all found so far (the total grows as each transcription's files are listed).</summary>
        void OnProgress(int filesDone, int filesFound);
    }

    /// <summary>
    /// Downloads the result files of finished transcriptions, many at once but never more than the throttle limit in flight
    /// (shared by every transcription of one call), optionally saves them to a folder, and parses each into a result.
    /// Result files are blob SAS URLs: they are fetched with <see cref="ContentDownloader"/>, which sends no Speech key or
    /// token. Every audio the report lists as failed becomes a failure naming its source and the service's reason.
    /// </summary>
    public sealed class ResultReceiver
    {
        private readonly SemaphoreSlim slots;
        private readonly ContentDownloader downloader;
        private readonly string? destination;
        private readonly bool overwrite;
        private int filesFound;
        private int filesDone;

        /// <param name="destination">A folder (created when missing); each transcription's files go to a sub-folder named by its id. Null: nothing is saved.</param>
        public ResultReceiver(int throttleLimit, string? destination, bool overwrite, ContentDownloader? downloader = null)
        {
            slots = new SemaphoreSlim(Math.Max(1, throttleLimit));
            this.destination = destination;
            this.overwrite = overwrite;
            this.downloader = downloader ?? ContentDownloader.Shared;
        }

        /// <summary>Receives everything of one transcription; failures go to the sink, so one bad transcription or file never stops the others.</summary>
        public async Task ReceiveAsync(SpeechContext context, string transcriptionId, ITranscriptionResultSink sink, CancellationToken cancellationToken)
        {
            SpeechTranscription transcription;
            IReadOnlyList<CsrFile> files;
            try
            {
                transcription = await context.SpeechToText.GetTranscriptionAsync(transcriptionId, cancellationToken).ConfigureAwait(false);
                if (NotReady(transcription) is { } notReady)
                {
                    sink.OnFailure(notReady, transcription);
                    return;
                }
                files = await ReadAllAsync(context.SpeechToText.ListTranscriptionFiles(transcriptionId, null), cancellationToken).ConfigureAwait(false);
            }
            catch (SpeechException e)
            {
                sink.OnFailure(e, transcriptionId);
                return;
            }

            var folder = destination is null ? null : Directory.CreateDirectory(Path.Combine(destination, transcription.Id!)).FullName;
            var wanted = files.Where(f => IsKind(f, "Transcription") || IsKind(f, "TranscriptionReport")).ToList();
            Interlocked.Add(ref filesFound, wanted.Count);
            var work = wanted.Select(async f =>
            {
                await ReceiveFileAsync(transcription, f, folder, sink, cancellationToken).ConfigureAwait(false);
                sink.OnProgress(Interlocked.Increment(ref filesDone), Volatile.Read(ref filesFound));
            }).ToList();
            await Task.WhenAll(work).ConfigureAwait(false);
        }

        private async Task ReceiveFileAsync(SpeechTranscription transcription, CsrFile file, string? folder, ITranscriptionResultSink sink, CancellationToken cancellationToken)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var url = file.Links?.ContentUrl
                    ?? throw new SpeechException("MissingContentUrl", $"The service gave no content URL for result file '{file.Name}' of transcription {transcription.Id}.", SpeechErrorCategory.InvalidData, file.Name);
                var path = folder is null ? null : TargetPath(folder, file);
                var content = await downloader.ReadAsync(url, cancellationToken).ConfigureAwait(false);
                if (path != null)
                    await SaveAsync(path, content, cancellationToken).ConfigureAwait(false);

                if (IsKind(file, "TranscriptionReport"))
                {
                    var report = ResultParser.ParseReport(content, transcription.Id);
                    report.Path = path;
                    sink.OnReport(report);
                    foreach (var failed in report.Details.Where(d => d.Failed))
                        sink.OnFailure(AudioFailed(transcription, failed), failed);
                    return;
                }
                var result = ResultParser.ParseResultFile(content, transcription.Id, file.Name);
                result.Path = path;
                sink.OnResult(result);
            }
            catch (SpeechException e)
            {
                sink.OnFailure(new SpeechException(e.ErrorId, $"Result file '{file.Name}' of transcription {transcription.Id}: {e.Message}", e.Category, file.Name, e.RecommendedAction, e), file);
            }
            catch (IOException e)
            {
                sink.OnFailure(new SpeechException("SaveFailed", $"Result file '{file.Name}' of transcription {transcription.Id} could not be saved: {e.Message}", SpeechErrorCategory.InvalidOperation, file.Name, inner: e), file);
            }
            catch (UnauthorizedAccessException e)
            {
                sink.OnFailure(new SpeechException("SaveFailed", $"Result file '{file.Name}' of transcription {transcription.Id} could not be saved: {e.Message}", SpeechErrorCategory.PermissionDenied, file.Name, inner: e), file);
            }
            finally
            {
                slots.Release();
            }
        }

        private string TargetPath(string folder, CsrFile file)
        {
            var name = Path.GetFileName(file.Name ?? file.Id ?? "result.json");
            foreach (var bad in Path.GetInvalidFileNameChars())
                name = name.Replace(bad, '_');
            var path = Path.Combine(folder, name);
            if (!overwrite && File.Exists(path))
                throw new SpeechException("FileExists", $"'{path}' already exists. Use -Force to overwrite it, or another -Destination.", SpeechErrorCategory.ResourceExists, path);
            return path;
        }

        private static async Task SaveAsync(string path, byte[] content, CancellationToken cancellationToken)
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            await file.WriteAsync(content, 0, content.Length, cancellationToken).ConfigureAwait(false);
        }

        private static SpeechException? NotReady(SpeechTranscription transcription)
        {
            var what = $"Transcription '{transcription.DisplayName}' ({transcription.Id})";
            if (StatusNames.IsSucceeded(transcription.Status))
                return null;
            if (StatusNames.IsFailed(transcription.Status))
            {
                var error = transcription.Properties?.Error;
                return new SpeechOperationFailedException(error?.Code ?? "TranscriptionFailed",
                    $"{what} failed, so it has no results: {error?.Message ?? "the service gave no reason."}", transcription.Id, transcription);
            }
            return new SpeechException("TranscriptionNotFinished",
                $"{what} is {transcription.Status}: its results are not ready yet.", SpeechErrorCategory.ResourceBusy, transcription.Id,
                "Wait for it first: ... | Wait-SpeechOperation | Receive-SpeechTranscriptionResult, or New-SpeechTranscription -Wait.");
        }

        private static SpeechOperationFailedException AudioFailed(SpeechTranscription transcription, TranscriptionReportEntry entry)
            => new SpeechOperationFailedException(
                string.IsNullOrEmpty(entry.ErrorKind) ? "AudioTranscriptionFailed" : entry.ErrorKind!,
                $"'{entry.Source}' was not transcribed (transcription '{transcription.DisplayName}', {transcription.Id}): {entry.ErrorMessage ?? "the service gave no reason."}",
                entry.Source, entry);

        private static bool IsKind(CsrFile file, string kind) => string.Equals(file.Kind, kind, StringComparison.OrdinalIgnoreCase);

        private static async Task<IReadOnlyList<CsrFile>> ReadAllAsync(PageStream<CsrFile> pages, CancellationToken cancellationToken)
        {
            var all = new List<CsrFile>();
            while (await pages.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
                all.AddRange(page);
            return all;
        }
    }
}
