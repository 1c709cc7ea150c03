using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>The body of POST /datasets.</summary>
    public sealed class CsrDatasetDefinition
    {
        public string Kind { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string Locale { get; set; } = string.Empty;

        [JsonPropertyName("contentUrl")]
        public string? ContentUrl { get; set; }

        public EntityReference? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }
}
