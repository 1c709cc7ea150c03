using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>What a speech container needs to run a model on premises: its files (SAS URLs) and configuration.</summary>
    public sealed class CsrModelManifest : ServiceObject
    {
        /// <summary>The model the manifest is for.</summary>
        public EntityReference? Model { get; set; }

        public List<CsrModelManifestFile>? ModelFiles { get; set; }

        /// <summary>The configuration for running the model in a container, as the service gives it.</summary>
        public Dictionary<string, JsonElement>? Properties { get; set; }

        public override string ToString() => $"Manifest of {Model?.Id} ({ModelFiles?.Count ?? 0} files)";
    }

    public sealed class CsrModelManifestFile
    {
        public string? Name { get; set; }

        /// <summary>The file's URL, SAS signature masked.</summary>
        [JsonIgnore]
        public string? ContentUrl => ContentUrlWithSas is null ? null : SecretRedactor.RedactSasUrl(ContentUrlWithSas);

        [JsonInclude]
        [JsonPropertyName("contentUrl")]
        internal string? ContentUrlWithSas { get; set; }

        public override string ToString() => Name ?? string.Empty;
    }
}
