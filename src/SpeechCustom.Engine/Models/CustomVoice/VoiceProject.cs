using System;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A custom voice project (ProfessionalVoice or PersonalVoice).</summary>
    public sealed class VoiceProject : ServiceObject
    {
        public string Id { get; set; } = string.Empty;

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? Kind { get; set; }

        public string? Locale { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public override string ToString() => $"VoiceProject {Id} ({Kind})";
    }
}
