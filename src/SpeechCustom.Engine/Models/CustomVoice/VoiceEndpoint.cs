using System;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>
    /// A deployed voice model. Its id is a GUID. Statuses: NotStarted, Running (deploying or resuming), Succeeded
    /// (active), Disabling (suspending), Disabled (suspended), Failed.
    /// </summary>
    public sealed class VoiceEndpoint : ServiceObject, IVoiceResource
    {
        public string Id { get; set; } = string.Empty;

        [JsonIgnore]
        public string EndpointId => Id;

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? ProjectId { get; set; }

        public string? ModelId { get; set; }

        public VoiceEndpointProperties? Properties { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        [JsonIgnore]
        public string? OperationId { get; set; }

        /// <summary>The status this object's last action leads to (Succeeded after create or resume, Disabled after suspend; client side).</summary>
        [JsonIgnore]
        public string? ExpectedStatus { get; set; }

        [JsonIgnore]
        string IVoiceResource.ResourceType => CustomVoiceResourceTypes.Endpoint;

        public override string ToString() => $"VoiceEndpoint {Id} ({Status})";
    }

    public sealed class VoiceEndpointProperties
    {
        /// <summary>HighPerformance or FastResume.</summary>
        public string? Kind { get; set; }
    }
}
