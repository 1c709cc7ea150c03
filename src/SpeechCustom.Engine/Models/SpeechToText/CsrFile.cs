using System;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A file of a dataset, model, evaluation, transcription or endpoint log: its kind (Transcription, TranscriptionReport,
    /// DatasetReport, EvaluationDetails, ModelReport, Audio, ...), size, and a time-limited SAS URL to its content. The URL
    /// is shown with its signature masked; <c>Receive-</c>/<c>Save-</c> cmdlets use the full one.
    /// </summary>
    public sealed class CsrFile : ServiceObject
    {
        [JsonIgnore]
        public string? Id => EntityId.FromSelf(Self);

        public string? Self { get; set; }

        public string? Name { get; set; }

        public string? Kind { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public CsrFileLinks? Links { get; set; }

        public CsrFileProperties? Properties { get; set; }

        /// <summary>The content URL, SAS signature masked.</summary>
        [JsonIgnore]
        public string? ContentUrl => Links?.ContentUrl is null ? null : SecretRedactor.RedactSasUrl(Links.ContentUrl);

        public override string ToString() => $"{Kind} {Name}";
    }

    public sealed class CsrFileLinks
    {
        /// <summary>The full content URL (with SAS); not shown in output.</summary>
        [JsonInclude]
        [JsonPropertyName("contentUrl")]
        internal string? ContentUrl { get; set; }
    }

    public sealed class CsrFileProperties
    {
        public long? Size { get; set; }

        /// <summary>Audio duration (ISO 8601 on v3.x, milliseconds later).</summary>
        [JsonIgnore]
        public TimeSpan? Duration => IsoDuration.From(DurationIso, DurationMilliseconds);

        [JsonInclude]
        [JsonPropertyName("duration")]
        internal string? DurationIso { get; set; }

        [JsonInclude]
        [JsonPropertyName("durationMilliseconds")]
        internal long? DurationMilliseconds { get; set; }
    }
}
