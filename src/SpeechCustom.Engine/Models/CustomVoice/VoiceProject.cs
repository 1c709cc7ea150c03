using System;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A custom voice project (ProfessionalVoice or PersonalVoice).</summary>
    public sealed class VoiceProject : ServiceObject
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The same as <see cref="Id"/>, so a project piped to New-VoiceConsent, New-TrainingSet, ... binds -ProjectId.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string ProjectId => Id;

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? Kind { get; set; }

        public string? Locale { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public override string ToString() => $"VoiceProject {Id} ({Kind})";
    }
}
