using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Datasets from a local file. 2024-11-15 and later: create the dataset without contentUrl, PUT the file in blocks of
    /// at most 8 MiB (each retried on its own by the pipeline, PUT being idempotent), then commit the block list, which
    /// starts the import. v3.x: one multipart POST /datasets/upload. The file streams from disk either way.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>Datasets_UploadBlock: "The maximum size of the block is 8MiB".</summary>
        public const int MaxBlockBytes = 8 * 1024 * 1024;

        /// <summary>The documented import limits per kind (speechtotext.md §2.8, S0); kinds without one are not checked.</summary>
        private static readonly Dictionary<string, long> MaxDatasetBytes = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase)
        {
            ["Acoustic"] = 2L * 1024 * 1024 * 1024,
            ["Language"] = 1536L * 1024 * 1024,
            ["Pronunciation"] = 1024L * 1024,
        };

        /// <summary>Checks a local data file (exists, not empty, within the kind's limit); no connection needed.</summary>
        public static FileInfo CheckDatasetFile(string? path, string kind)
        {
            if (string.IsNullOrWhiteSpace(path))
                throw new SpeechInputException("MissingParameter", "-Path is empty: give the local data file to upload.", "Path");
            var file = new FileInfo(path);
            if (!file.Exists)
                throw new SpeechInputException("FileNotFound", $"The file '{path}' given to -Path does not exist.", "Path");
            if (file.Length == 0)
                throw new SpeechInputException("EmptyFile", $"'{file.Name}' is empty; give the file with the dataset's data (a .zip of audio and transcripts, or a text file).", "Path");
            if (MaxDatasetBytes.TryGetValue(kind, out var max) && file.Length > max)
                throw new SpeechInputException("FileTooLarge",
                    $"'{file.Name}' is {file.Length / 1048576.0:0.0} MB; the service imports at most {max / 1048576} MB for a {kind} dataset. Split the data into several datasets.", "Path");
            return file;
        }

        /// <summary>Creates a dataset from a local file and uploads it; returns the dataset, importing.</summary>
        public async Task<CsrDataset> UploadDatasetAsync(CsrDatasetDefinition definition, string path, Action<CsrUploadProgress>? progress, CancellationToken cancellationToken)
        {
            var body = CheckDataset(definition);
            if (body.ContentUrl != null)
                throw new SpeechInputException("AmbiguousParameter", "Give either -ContentUrl or -Path, not both.", "Path");
            var file = CheckDatasetFile(path, body.Kind);
            return IsPathVersioned
                ? await UploadMultipartAsync(body, file, progress, cancellationToken).ConfigureAwait(false)
                : await UploadBlocksAsync(body, file, progress, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Block ids must all have the same length: the block number, zero-padded, in Base64.</summary>
        internal static string BlockId(int index) => Convert.ToBase64String(Encoding.ASCII.GetBytes(index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)));

        private async Task<CsrDataset> UploadBlocksAsync(CsrDatasetDefinition body, FileInfo file, Action<CsrUploadProgress>? progress, CancellationToken cancellationToken)
        {
            var dataset = await CreateEntityAsync("datasets", body, SpeechJsonContext.Default.CsrDatasetDefinition, SpeechJsonContext.Default.CsrDataset, cancellationToken).ConfigureAwait(false);
            var id = dataset.Id!;
            try
            {
                var blocks = new List<CommitBlockEntry>();
                for (long offset = 0; offset < file.Length; offset += MaxBlockBytes)
                {
                    var start = offset;
                    var length = Math.Min(MaxBlockBytes, file.Length - offset);
                    var blockId = BlockId(blocks.Count);
                    var content = new FileRangeContent(file.FullName, start, length, sent => progress?.Invoke(new CsrUploadProgress(file.Name, start + sent, file.Length)));
                    await caller.SendContentAsync<EntityReference>(RequestMethod.Put, Url($"datasets/{id}/blocks", QueryString.Pair("blockid", blockId)),
                        content, "application/octet-stream", null, null, cancellationToken).ConfigureAwait(false);
                    blocks.Add(new CommitBlockEntry { Kind = "Uncommitted", Id = blockId });
                }
                await caller.SendAsync<List<CommitBlockEntry>, EntityReference>(RequestMethod.Post, Url($"datasets/{id}/blocks:commit"), blocks,
                    CustomSpeechJsonContext.Default.ListCommitBlockEntry, null, null, cancellationToken).ConfigureAwait(false);
                EngineLog.Verbose($"Uploaded '{file.Name}' ({file.Length} bytes) to dataset {id} in {blocks.Count} block(s); the import has started.");
            }
            catch (Exception e) when (!(e is SpeechInputException))
            {
                await DeleteHalfCreatedAsync(id).ConfigureAwait(false);
                throw;
            }
            return (await GetEntityAsync("datasets", id, SpeechJsonContext.Default.CsrDataset, cancellationToken).ConfigureAwait(false)).Value;
        }

        private async Task<CsrDataset> UploadMultipartAsync(CsrDatasetDefinition body, FileInfo file, Action<CsrUploadProgress>? progress, CancellationToken cancellationToken)
        {
            var form = new MultipartContent()
                .Field("displayName", body.DisplayName)
                .Field("description", body.Description)
                .Field("locale", body.Locale)
                .Field("kind", body.Kind)
                .Field("project", body.Project?.Self)
                .Field("customProperties", body.CustomProperties is null ? null
                    : JsonSerializer.Serialize(new Dictionary<string, string>(body.CustomProperties), SpeechJsonContext.Default.DictionaryStringString))
                .File("data", file.FullName);
            form.TryComputeLength(out var total);
            var content = new ProgressContent(form, sent => progress?.Invoke(new CsrUploadProgress(file.Name, Math.Min(sent, total), total)));
            var result = await caller.SendContentAsync(RequestMethod.Post, Url("datasets/upload"), content, form.ContentType,
                SpeechJsonContext.Default.CsrDataset, null, cancellationToken).ConfigureAwait(false);
            var dataset = Stamp(Required(result.Value, "dataset"));
            EngineLog.Verbose($"Uploaded '{file.Name}' ({file.Length} bytes) to dataset {dataset.Id}; the import has started.");
            return dataset;
        }

        /// <summary>
        /// A dataset whose upload failed (or was stopped) would wait forever for blocks: delete it, so a failed upload
        /// leaves nothing behind. Best effort, with its own time limit, since the caller's token may be cancelled.
        /// </summary>
        private async Task DeleteHalfCreatedAsync(string id)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await DeleteEntityAsync("datasets", id, timeout.Token).ConfigureAwait(false);
                EngineLog.Verbose($"The upload did not finish; dataset {id} was deleted again.");
            }
            catch (Exception e) when (e is SpeechException || e is OperationCanceledException)
            {
                EngineLog.Warning($"The upload did not finish, and dataset {id} could not be deleted ({e.Message}); remove it with Remove-CsrDataset -Id {id}.");
            }
        }
    }

    /// <summary>One entry of the block list of POST /datasets/{id}/blocks:commit.</summary>
    internal sealed class CommitBlockEntry
    {
        public string Kind { get; set; } = "Uncommitted";

        public string Id { get; set; } = string.Empty;
    }
}
