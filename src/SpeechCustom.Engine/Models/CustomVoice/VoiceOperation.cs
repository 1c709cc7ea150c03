using System;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>
    /// A custom voice long-running operation (GET /operations/{id}: id and status, plus an error when it failed),
    /// together with what the client knows about it: which resource it works on, so waiting on it can return
    /// that resource (a training set after an upload, the personal voice after its creation).
    /// </summary>
    public sealed class VoiceOperation : ServiceObject
    {
        public string Id { get; set; } = string.Empty;

        public string? Status { get; set; }

        public OperationError? Error { get; set; }

        /// <summary>What the operation does: TrainingSetUpload, PersonalVoiceCreation, ... (client side).</summary>
        [JsonIgnore]
        public string? Kind { get; set; }

        /// <summary>The kind of resource it works on: TrainingSet, PersonalVoice, Consent, Model, Endpoint (client side).</summary>
        [JsonIgnore]
        public string? ResourceType { get; set; }

        /// <summary>The id of that resource (client side).</summary>
        [JsonIgnore]
        public string? ResourceId { get; set; }

        /// <summary>The training set of an upload, for piping into training set cmdlets.</summary>
        [JsonIgnore]
        public string? TrainingSetId => ResourceType == CustomVoiceResourceTypes.TrainingSet ? ResourceId : null;

        [JsonIgnore]
        public string? OperationLocation { get; set; }

        [JsonIgnore]
        public DateTimeOffset? SubmittedDateTime { get; set; }

        public override string ToString() => $"{Kind ?? "Operation"} {Id} ({Status})";
    }

    /// <summary>The error of a failed operation (Azure.Core Foundations shape; the contract lists only id and status).</summary>
    public sealed class OperationError
    {
        public string? Code { get; set; }

        public string? Message { get; set; }

        public string? Target { get; set; }

        public override string ToString() => $"{Code}: {Message}";
    }

    public static class CustomVoiceResourceTypes
    {
        public const string Project = "Project";
        public const string Consent = "Consent";
        public const string TrainingSet = "TrainingSet";
        public const string Model = "Model";
        public const string Endpoint = "Endpoint";
        public const string PersonalVoice = "PersonalVoice";
    }
}
