using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>A custom speech dataset (training or test data). The same object for every API version.</summary>
    public sealed class CsrDataset : SttEntity
    {
        private string? contentUrl;

        /// <summary>The same as Id, so a dataset piped to New-CsrEvaluation binds -Dataset.</summary>
        [JsonIgnore]
        public string? DatasetId => Id;

        /// <summary>Acoustic, AudioFiles, Language, LanguageMarkdown, Pronunciation or OutputFormatting.</summary>
        public string? Kind { get; set; }

        /// <summary>Where the service fetched the data, SAS signature masked.</summary>
        [JsonIgnore]
        public string? ContentUrl
        {
            get => contentUrl is null ? null : SecretRedactor.RedactSasUrl(contentUrl);
            set => contentUrl = value;
        }

        [JsonInclude]
        [JsonPropertyName("contentUrl")]
        internal string? ContentUrlWithSas
        {
            get => contentUrl;
            set => contentUrl = value;
        }

        public DatasetLinks? Links { get; set; }

        public DatasetProperties? Properties { get; set; }

        public override string Collection => "datasets";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, SpeechJsonContext.Default.CsrDataset, cancellationToken);
    }

    public sealed class DatasetProperties
    {
        public int? AcceptedLineCount { get; set; }

        public int? RejectedLineCount { get; set; }

        /// <summary>Default or None (v3.2 and later).</summary>
        public string? TextNormalizationKind { get; set; }

        /// <summary>Total audio duration (ISO 8601 on v3.x, milliseconds on later versions).</summary>
        [JsonIgnore]
        public TimeSpan? Duration => IsoDuration.From(DurationIso, DurationMilliseconds);

        [JsonInclude]
        [JsonPropertyName("duration")]
        internal string? DurationIso { get; set; }

        [JsonInclude]
        [JsonPropertyName("durationMilliseconds")]
        internal long? DurationMilliseconds { get; set; }

        public EntityError? Error { get; set; }
    }

    public sealed class DatasetLinks
    {
        public string? Files { get; set; }

        public string? UploadBlocks { get; set; }

        public string? ListBlocks { get; set; }

        public string? CommitBlocks { get; set; }
    }
}
