namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>A locale the service transcribes, and how: batch (New-SpeechTranscription) and/or fast (Invoke-SpeechTranscription).</summary>
    public sealed class SpeechTranscriptionLocale : ServiceObject
    {
        public string Locale { get; set; } = string.Empty;

        /// <summary>Batch transcription (transcriptions:submit, or POST /transcriptions on v3.x).</summary>
        public bool Batch { get; set; }

        /// <summary>Fast transcription (transcriptions:transcribe, 2024-11-15 and later).</summary>
        public bool Fast { get; set; }

        public override string ToString() => Locale;
    }
}
