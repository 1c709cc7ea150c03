using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A custom (professional) voice model: trained from a training set with a recipe, deployed to endpoints.</summary>
    public sealed class VoiceModel : ServiceObject, IVoiceResource
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The same as <see cref="Id"/>, so a model piped to New-VoiceEndpoint binds -ModelId.</summary>
        [JsonIgnore]
        public string ModelId => Id;

        /// <summary>The voice name to use in SSML; ends with "Neural" (":DragonHDLatestNeural" for HD).</summary>
        public string? VoiceName { get; set; }

        public string? Description { get; set; }

        public VoiceModelRecipe? Recipe { get; set; }

        public string? Locale { get; set; }

        public string? ProjectId { get; set; }

        public string? ConsentId { get; set; }

        public string? TrainingSetId { get; set; }

        public string? EngineVersion { get; set; }

        public VoiceModelProperties? Properties { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        [JsonIgnore]
        public string? OperationId { get; set; }

        [JsonIgnore]
        string IVoiceResource.ResourceType => CustomVoiceResourceTypes.Model;

        public override string ToString() => $"VoiceModel {Id} ({Status})";
    }

    public sealed class VoiceModelProperties
    {
        public IList<string>? PresetStyles { get; set; }

        public IDictionary<string, string>? StyleTrainingSetIds { get; set; }

        public IList<string>? VoiceStyles { get; set; }

        /// <summary>InaccessibleCustomerStorage, SpeakerVerificationFailed, TerminateByUser, Internal, DataNotReady, DataNotEnough, ...</summary>
        public string? FailureReason { get; set; }

        /// <summary>The training sets that failed (2026-01-01 and later).</summary>
        public IList<string>? FailedTrainingsets { get; set; }

        public IList<string>? SecondaryLocales { get; set; }
    }
}
