using System;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Connection;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>POST /models:authorizecopy on the target resource: which resource may copy into it.</summary>
    public sealed class CsrModelCopyAuthorizationDefinition
    {
        public string SourceResourceId { get; set; } = string.Empty;
    }

    /// <summary>The target's permission to copy a model into it, passed as is to POST /models/{id}:copy on the source.</summary>
    public sealed class CsrModelCopyAuthorization
    {
        public string? TargetResourceRegion { get; set; }

        public string? TargetResourceId { get; set; }

        public string? TargetResourceEndpoint { get; set; }

        public string? SourceResourceId { get; set; }

        public DateTimeOffset? ExpirationDateTime { get; set; }

        public string? Id { get; set; }

        /// <summary>The authorization as the target resource wrote it; the copy request sends exactly this.</summary>
        [JsonIgnore]
        internal BinaryData? Raw { get; set; }
    }

    /// <summary>
    /// A model copy in progress (GET /operations/models/copy/{id} on the source resource). When it succeeds, Result.Link
    /// is the new model in the target resource; waiting on it returns that model, read from the target.
    /// </summary>
    public sealed class CsrModelCopyOperation : ServiceObject
    {
        public string? Id { get; set; }

        public string? Self { get; set; }

        /// <summary>NotStarted, Running, Succeeded or Failed.</summary>
        public string? Status { get; set; }

        public DateTimeOffset? CreatedDateTime { get; set; }

        public DateTimeOffset? LastActionDateTime { get; set; }

        public CsrOperationResult? Result { get; set; }

        public EntityError? Error { get; set; }

        /// <summary>The model being copied (in the source resource).</summary>
        [JsonIgnore]
        public string? SourceModelId { get; internal set; }

        /// <summary>The id of the new model in the target resource, once the copy succeeded.</summary>
        [JsonIgnore]
        public string? TargetModelId => EntityId.FromSelf(Result?.Link);

        /// <summary>The target resource's endpoint.</summary>
        [JsonIgnore]
        public Uri? TargetEndpoint => TargetContext?.Endpoint;

        /// <summary>The connection to the target, where the new model is read from when the copy ends.</summary>
        [JsonIgnore]
        internal SpeechContext? TargetContext { get; set; }

        public override string ToString() => $"Copy of model {SourceModelId} ({Status})";
    }

    public sealed class CsrOperationResult
    {
        /// <summary>The URL of what the operation made (the new model).</summary>
        public string? Link { get; set; }
    }
}
