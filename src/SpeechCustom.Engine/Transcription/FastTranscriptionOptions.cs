using System.Collections.Generic;
using SpeechCustom.Engine.Models.SpeechToText;

namespace SpeechCustom.Engine.Transcription
{
    /// <summary>What Invoke-SpeechTranscription asks for: one local file (or, on 2025-10-15, an audio URL) and how to transcribe it.</summary>
    public sealed class FastTranscriptionOptions
    {
        public string? Path { get; set; }

        /// <summary>2025-10-15: audio the service fetches itself.</summary>
        public string? AudioUrl { get; set; }

        /// <summary>Candidate locales; none: the service detects the language among all it supports.</summary>
        public IList<string>? Locales { get; set; }

        public string? ProfanityFilterMode { get; set; }

        public bool Diarization { get; set; }

        public int? MaxSpeakers { get; set; }

        /// <summary>At most two channels to transcribe separately; none: channels are merged.</summary>
        public IList<int>? Channels { get; set; }

        /// <summary>2025-10-15: phrases to favour (names, product terms).</summary>
        public IList<string>? PhraseList { get; set; }

        public double? PhraseListWeight { get; set; }

        /// <summary>2025-10-15: the LLM-based enhanced mode.</summary>
        public bool EnhancedMode { get; set; }

        /// <summary>transcribe or translate.</summary>
        public string? EnhancedTask { get; set; }

        public string? TargetLanguage { get; set; }

        public IList<string>? Prompts { get; set; }
    }

    /// <summary>The JSON of the definition form field (TranscribeDefinition).</summary>
    internal sealed class TranscribeDefinitionWire
    {
        public List<string>? Locales { get; set; }

        public string? AudioUrl { get; set; }

        public EnhancedModeWire? EnhancedMode { get; set; }

        public PhraseListWire? PhraseList { get; set; }

        public string? ProfanityFilterMode { get; set; }

        public TranscriptionDiarization? Diarization { get; set; }

        public List<int>? Channels { get; set; }
    }

    internal sealed class EnhancedModeWire
    {
        public bool Enabled { get; set; }

        public string? Task { get; set; }

        public string? TargetLanguage { get; set; }

        public List<string>? Prompt { get; set; }
    }

    internal sealed class PhraseListWire
    {
        public List<string>? Phrases { get; set; }

        public double? BiasingWeight { get; set; }
    }
}
