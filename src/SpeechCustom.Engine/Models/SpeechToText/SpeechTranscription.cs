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
    /// <summary>
    /// A batch transcription job. One object for every API version: v3.x and 2024-11-15+ shapes (durations, time to
    /// live, diarization) are read into the same properties.
    /// </summary>
    public sealed class SpeechTranscription : SttEntity
    {
        public EntityReference? Model { get; set; }

        public EntityReference? Dataset { get; set; }

        public SpeechTranscriptionLinks? Links { get; set; }

        public SpeechTranscriptionProperties? Properties { get; set; }

        public override string Collection => "transcriptions";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, TranscriptionJsonContext.Default.SpeechTranscription, cancellationToken);
    }

    public sealed class SpeechTranscriptionLinks
    {
        public string? Files { get; set; }
    }

    public sealed class SpeechTranscriptionProperties
    {
        private string? destinationContainerUrl;

        public bool? WordLevelTimestampsEnabled { get; set; }

        public bool? DisplayFormWordLevelTimestampsEnabled { get; set; }

        public List<int>? Channels { get; set; }

        /// <summary>None, Dictated, Automatic or DictatedAndAutomatic.</summary>
        public string? PunctuationMode { get; set; }

        /// <summary>None, Removed, Tags or Masked.</summary>
        public string? ProfanityFilterMode { get; set; }

        /// <summary>Where results are written, SAS signature masked.</summary>
        [JsonIgnore]
        public string? DestinationContainerUrl => destinationContainerUrl is null ? null : SecretRedactor.RedactSasUrl(destinationContainerUrl);

        [JsonInclude]
        [JsonPropertyName("destinationContainerUrl")]
        internal string? DestinationContainerUrlWithSas
        {
            get => destinationContainerUrl;
            set => destinationContainerUrl = value;
        }

        /// <summary>How long the job and its results are kept after it ends (timeToLive on v3.x, timeToLiveHours later).</summary>
        [JsonIgnore]
        public TimeSpan? TimeToLive => TimeToLiveHours.HasValue ? TimeSpan.FromHours(TimeToLiveHours.Value) : IsoDuration.From(TimeToLiveIso, null);

        [JsonInclude]
        [JsonPropertyName("timeToLive")]
        internal string? TimeToLiveIso { get; set; }

        [JsonInclude]
        [JsonPropertyName("timeToLiveHours")]
        internal int? TimeToLiveHours { get; set; }

        /// <summary>Total audio duration (ISO 8601 on v3.x, milliseconds later).</summary>
        [JsonIgnore]
        public TimeSpan? Duration => IsoDuration.From(DurationIso, DurationMilliseconds);

        [JsonInclude]
        [JsonPropertyName("duration")]
        internal string? DurationIso { get; set; }

        [JsonInclude]
        [JsonPropertyName("durationMilliseconds")]
        internal long? DurationMilliseconds { get; set; }

        /// <summary>Whether speakers are told apart (diarizationEnabled on v3.x, diarization.enabled later).</summary>
        [JsonIgnore]
        public bool DiarizationEnabled => DiarizationEnabledV3 == true || Diarization?.Enabled == true;

        /// <summary>v3.x: the hint for the fewest speakers.</summary>
        [JsonIgnore]
        public int? MinSpeakers => Diarization?.Speakers?.MinCount;

        /// <summary>The hint for the most speakers (diarization.speakers.maxCount on v3.x, diarization.maxSpeakers later).</summary>
        [JsonIgnore]
        public int? MaxSpeakers => Diarization?.MaxSpeakers ?? Diarization?.Speakers?.MaxCount;

        [JsonInclude]
        [JsonPropertyName("diarizationEnabled")]
        internal bool? DiarizationEnabledV3 { get; set; }

        [JsonInclude]
        [JsonPropertyName("diarization")]
        internal TranscriptionDiarization? Diarization { get; set; }

        public TranscriptionLanguageIdentification? LanguageIdentification { get; set; }

        public EntityError? Error { get; set; }
    }

    /// <summary>
    /// Both diarization shapes: v3.x {speakers: {minCount, maxCount}} (with diarizationEnabled beside it), and
    /// 2024-11-15+ {enabled, maxSpeakers}.
    /// </summary>
    internal sealed class TranscriptionDiarization
    {
        public bool? Enabled { get; set; }

        public int? MaxSpeakers { get; set; }

        public DiarizationSpeakers? Speakers { get; set; }
    }

    internal sealed class DiarizationSpeakers
    {
        public int? MinCount { get; set; }

        public int? MaxCount { get; set; }
    }

    public sealed class TranscriptionLanguageIdentification
    {
        public List<string>? CandidateLocales { get; set; }

        /// <summary>Continuous (the default) or Single.</summary>
        public string? Mode { get; set; }

        /// <summary>A model per candidate locale; locales without one use the default base model.</summary>
        public Dictionary<string, EntityReference>? SpeechModelMapping { get; set; }

        public override string ToString() => string.Join(", ", CandidateLocales ?? new List<string>()) + (Mode is null ? string.Empty : $" ({Mode})");
    }
}
