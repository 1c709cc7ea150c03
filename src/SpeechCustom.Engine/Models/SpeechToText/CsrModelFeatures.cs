using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// What a base or custom model can be used for. v3.x reports one supportsTranscriptions flag; 2024-11-15 and later
    /// split it into batch (transcriptions:submit) and fast (transcriptions:transcribe) transcription. Both read the same here.
    /// </summary>
    public sealed class CsrModelFeatures
    {
        /// <summary>Whether batch transcriptions can use the model.</summary>
        [JsonIgnore]
        public bool? SupportsTranscriptions => SupportsTranscriptionsSubmit ?? SupportsTranscriptionsV3;

        /// <summary>Whether fast transcription (transcriptions:transcribe, 2024-11-15 and later) can use the model.</summary>
        [JsonIgnore]
        public bool? SupportsFastTranscription => SupportsTranscriptionsTranscribe;

        public bool? SupportsEndpoints { get; set; }

        public bool? SupportsTranscriptionsOnSpeechContainers { get; set; }

        /// <summary>Lexical and/or Display (v3.2 and later).</summary>
        public List<string>? SupportedOutputFormats { get; set; }

        /// <summary>The dataset kinds a base model can be adapted with (base models only).</summary>
        public List<string>? SupportsAdaptationsWith { get; set; }

        [JsonInclude]
        [JsonPropertyName("supportsTranscriptions")]
        internal bool? SupportsTranscriptionsV3 { get; set; }

        [JsonInclude]
        [JsonPropertyName("supportsTranscriptionsSubmit")]
        internal bool? SupportsTranscriptionsSubmit { get; set; }

        [JsonInclude]
        [JsonPropertyName("supportsTranscriptionsTranscribe")]
        internal bool? SupportsTranscriptionsTranscribe { get; set; }
    }

    /// <summary>When the service stops adapting (training on) a base model, and stops transcribing with a model.</summary>
    public sealed class CsrDeprecationDates
    {
        /// <summary>After this date the base model can no longer be adapted (base models only).</summary>
        public System.DateTimeOffset? AdaptationDateTime { get; set; }

        /// <summary>After this date the model can no longer transcribe.</summary>
        public System.DateTimeOffset? TranscriptionDateTime { get; set; }
    }
}
