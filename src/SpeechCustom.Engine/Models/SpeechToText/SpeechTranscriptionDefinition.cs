using System;
using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// What New-SpeechTranscription asks for, in the module's terms (one shape for every API version). The client
    /// checks it and turns it into the wire body of the connection's version.
    /// </summary>
    public sealed class SpeechTranscriptionDefinition
    {
        public IList<string>? ContentUrls { get; set; }

        public string? ContentContainerUrl { get; set; }

        /// <summary>A dataset id (GUID) or URL.</summary>
        public string? Dataset { get; set; }

        public string Locale { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        /// <summary>A model id (GUID) or URL (custom or base model); null: the locale's default base model.</summary>
        public string? Model { get; set; }

        /// <summary>A project id or URL (v3.x and 2025-10-15).</summary>
        public string? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        public bool Diarization { get; set; }

        public int? MinSpeakers { get; set; }

        public int? MaxSpeakers { get; set; }

        public bool WordLevelTimestamps { get; set; }

        public bool DisplayFormWordLevelTimestamps { get; set; }

        public string? PunctuationMode { get; set; }

        public string? ProfanityFilterMode { get; set; }

        public IList<int>? Channels { get; set; }

        /// <summary>null: 48 hours on 2024-11-15+ (where the service requires a value), the service's default on v3.x.</summary>
        public TimeSpan? TimeToLive { get; set; }

        public string? DestinationContainerUrl { get; set; }

        public IList<string>? CandidateLocales { get; set; }

        /// <summary>Continuous or Single.</summary>
        public string? LanguageIdentificationMode { get; set; }
    }
}
