using SpeechCustom.Engine.Models.Common;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>The body of POST /trainingsets/{id}:upload (the API's Dataset).</summary>
    public sealed class TrainingSetUploadRequest
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        /// <summary>AudioAndScript, LongAudio or AudioOnly.</summary>
        public string Kind { get; set; } = string.Empty;

        /// <summary>Segmented or Contextual (2026-01-01 and later).</summary>
        public string? ProcessAs { get; set; }

        public BlobContentSource? Audios { get; set; }

        public BlobContentSource? Scripts { get; set; }
    }
}
