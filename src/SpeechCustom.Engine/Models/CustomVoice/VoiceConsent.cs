using System;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A voice talent's recorded consent.</summary>
    public sealed class VoiceConsent : ServiceObject, IVoiceResource
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The same as <see cref="Id"/>, so a consent piped to New-VoiceModel or New-PersonalVoice binds -ConsentId.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string ConsentId => Id;

        [System.Text.Json.Serialization.JsonIgnore]
        public string? OperationId { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        string IVoiceResource.ResourceType => CustomVoiceResourceTypes.Consent;

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? VoiceTalentName { get; set; }

        public string? CompanyName { get; set; }

        /// <summary>Only sent (the service never returns it).</summary>
        public string? AudioUrl { get; set; }

        public string? Locale { get; set; }

        public string? ProjectId { get; set; }

        public ConsentProperties? Properties { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        public override string ToString() => $"VoiceConsent {Id} ({Status})";
    }

    public sealed class ConsentProperties
    {
        /// <summary>AudioAndScriptNotMatch or Internal.</summary>
        public string? FailureReason { get; set; }
    }
}
