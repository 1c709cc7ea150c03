namespace SpeechCustom.Cmdlets.Voice
{
    /// <summary>The kinds of training data a training set upload can hold.</summary>
    public enum TrainingDataKind
    {
        /// <summary>Recordings (.wav) with matching scripts (.txt): one utterance per line.</summary>
        AudioAndScript,

        /// <summary>Long recordings with their scripts; the service segments them.</summary>
        LongAudio,

        /// <summary>Recordings without scripts; the service transcribes them.</summary>
        AudioOnly,
    }

    /// <summary>What a custom voice project is for; fixed when it is created.</summary>
    public enum VoiceProjectKind
    {
        ProfessionalVoice,
        PersonalVoice,
    }

    /// <summary>The voice talent's voice in a training set.</summary>
    public enum VoiceGender
    {
        Female,
        Male,
    }

    /// <summary>How a voice endpoint is hosted.</summary>
    public enum VoiceEndpointKind
    {
        /// <summary>Lowest latency; the default.</summary>
        HighPerformance,

        /// <summary>Resumes faster after a suspension.</summary>
        FastResume,
    }

    /// <summary>How the service prepares the uploaded audio (API 2026-01-01 and later).</summary>
    public enum TrainingDataProcessing
    {
        Segmented,
        Contextual,
    }
}
