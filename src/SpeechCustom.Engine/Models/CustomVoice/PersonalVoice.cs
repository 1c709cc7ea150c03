using System;
using SpeechCustom.Engine.Models.Common;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>
    /// A personal voice. Its <see cref="SpeakerProfileId"/> goes into SSML
    /// (<c>&lt;mstts:ttsembedding speakerProfileId="..."&gt;</c>).
    /// </summary>
    public sealed class PersonalVoice : ServiceObject, IVoiceResource
    {
        public string Id { get; set; } = string.Empty;

        [System.Text.Json.Serialization.JsonIgnore]
        public string PersonalVoiceId => Id;

        [System.Text.Json.Serialization.JsonIgnore]
        string IVoiceResource.ResourceType => CustomVoiceResourceTypes.PersonalVoice;

        public string? SpeakerProfileId { get; set; }

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? ProjectId { get; set; }

        public string? ConsentId { get; set; }

        public BlobContentSource? Audios { get; set; }

        public PersonalVoiceProperties? Properties { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        /// <summary>The operation that creates it (from the Operation-Id response header; client side).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string? OperationId { get; set; }

        public override string ToString() => $"PersonalVoice {Id} ({Status})";
    }

    public sealed class PersonalVoiceProperties
    {
        /// <summary>Why it failed: InaccessibleCustomerStorage, SpeakerVerificationFailed, TerminateByUser, Internal, DataNotReady, DataNotEnough, ...</summary>
        public string? FailureReason { get; set; }
    }
}
