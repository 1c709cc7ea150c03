using System;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A custom voice training set: the recordings and scripts a professional voice is trained on.</summary>
    public sealed class TrainingSet : ServiceObject, IVoiceResource
    {
        public string Id { get; set; } = string.Empty;

        /// <summary>The same as <see cref="Id"/>, so a training set piped to New-VoiceModel binds -TrainingSetId.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string TrainingSetId => Id;

        [System.Text.Json.Serialization.JsonIgnore]
        public string? OperationId { get; set; }

        [System.Text.Json.Serialization.JsonIgnore]
        string IVoiceResource.ResourceType => CustomVoiceResourceTypes.TrainingSet;

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public string? Locale { get; set; }

        /// <summary>Male or Female.</summary>
        public string? VoiceKind { get; set; }

        public string? ProjectId { get; set; }

        public TrainingSetProperties? Properties { get; set; }

        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        public override string ToString() => $"TrainingSet {Id} ({Status})";
    }

    public sealed class TrainingSetProperties
    {
        public int? UtteranceCount { get; set; }

        public double? DurationInSeconds { get; set; }

        public bool? IsContextual { get; set; }
    }
}
