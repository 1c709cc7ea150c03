using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>The body of POST /transcriptions (v3.x) and POST /transcriptions:submit (2024-11-15+).</summary>
    internal sealed class TranscriptionBody
    {
        public List<string>? ContentUrls { get; set; }

        public string? ContentContainerUrl { get; set; }

        public EntityReference? Dataset { get; set; }

        public EntityReference? Model { get; set; }

        public EntityReference? Project { get; set; }

        public string Locale { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        public TranscriptionBodyProperties Properties { get; set; } = new TranscriptionBodyProperties();
    }

    /// <summary>Only the fields of the connection's version are set; the others stay null and are not sent.</summary>
    internal sealed class TranscriptionBodyProperties
    {
        public bool? WordLevelTimestampsEnabled { get; set; }

        public bool? DisplayFormWordLevelTimestampsEnabled { get; set; }

        public List<int>? Channels { get; set; }

        public string? PunctuationMode { get; set; }

        public string? ProfanityFilterMode { get; set; }

        public string? DestinationContainerUrl { get; set; }

        /// <summary>v3.x: ISO 8601 duration.</summary>
        public string? TimeToLive { get; set; }

        /// <summary>2024-11-15+: whole hours, 6 to 744, required.</summary>
        public int? TimeToLiveHours { get; set; }

        /// <summary>v3.x only.</summary>
        public bool? DiarizationEnabled { get; set; }

        public TranscriptionDiarization? Diarization { get; set; }

        public TranscriptionLanguageIdentification? LanguageIdentification { get; set; }
    }

    /// <summary>GET /transcriptions/locales on 2024-11-15+: {"Transcribe": [...], "Submit": [...]} (v3.x answers a plain array).</summary>
    internal sealed class TranscriptionLocalesBody
    {
        public List<string>? Transcribe { get; set; }

        public List<string>? Submit { get; set; }
    }
}
