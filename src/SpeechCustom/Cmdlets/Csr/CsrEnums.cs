namespace SpeechCustom.Cmdlets.Csr
{
    /// <summary>What a custom speech dataset holds.</summary>
    public enum CsrDatasetKind
    {
        /// <summary>Audio with human-labeled transcripts (zip of .wav and trans.txt), for training and testing.</summary>
        Acoustic,

        /// <summary>Audio only, for testing.</summary>
        AudioFiles,

        /// <summary>Plain text sentences for language adaptation.</summary>
        Language,

        /// <summary>Structured text (markdown) for language adaptation.</summary>
        LanguageMarkdown,

        /// <summary>Pronunciation of words (display form, spoken form).</summary>
        Pronunciation,

        /// <summary>Output formatting rules (v3.2 and later).</summary>
        OutputFormatting,
    }
}
