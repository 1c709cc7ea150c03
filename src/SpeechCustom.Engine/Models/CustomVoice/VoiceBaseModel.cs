using System;
using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A base model personal voices are built on (GET /basemodels).</summary>
    public sealed class VoiceBaseModel
    {
        public string? Name { get; set; }

        public string? Description { get; set; }

        public DateTimeOffset? ReleaseDateTime { get; set; }

        public DateTimeOffset? ExpirationDateTime { get; set; }

        public IList<string>? Capabilities { get; set; }

        public override string ToString() => Name ?? string.Empty;
    }
}
