namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>How punctuation is written in transcripts.</summary>
    public enum SpeechPunctuationMode
    {
        /// <summary>No punctuation.</summary>
        None,

        /// <summary>Only punctuation that was spoken ("comma", "period").</summary>
        Dictated,

        /// <summary>Punctuation added by the service.</summary>
        Automatic,

        /// <summary>Spoken and automatic punctuation (the service's default).</summary>
        DictatedAndAutomatic,
    }

    /// <summary>What happens to profanity in transcripts.</summary>
    public enum SpeechProfanityFilterMode
    {
        /// <summary>Left as spoken.</summary>
        None,

        /// <summary>Removed.</summary>
        Removed,

        /// <summary>Wrapped in profanity tags.</summary>
        Tags,

        /// <summary>Masked with asterisks but the first letter (the service's default).</summary>
        Masked,
    }

    /// <summary>How language identification picks among the candidate locales.</summary>
    public enum SpeechLanguageIdentificationMode
    {
        /// <summary>The language may change within the audio (2 to 10 candidates; the default).</summary>
        Continuous,

        /// <summary>One language for the whole audio (any number of candidates).</summary>
        Single,
    }

    /// <summary>The kinds of files a transcription has.</summary>
    public enum SpeechTranscriptionFileKind
    {
        /// <summary>One result per transcribed audio.</summary>
        Transcription,

        /// <summary>report.json: the status of every audio.</summary>
        TranscriptionReport,
    }

    /// <summary>What fast transcription's enhanced mode does.</summary>
    public enum SpeechEnhancedTask
    {
        /// <summary>Transcribe in the spoken language.</summary>
        Transcribe,

        /// <summary>Translate into -TargetLanguage.</summary>
        Translate,
    }
}
