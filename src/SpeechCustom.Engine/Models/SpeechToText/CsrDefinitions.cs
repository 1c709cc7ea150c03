using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>The body of POST /projects.</summary>
    public sealed class CsrProjectDefinition
    {
        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public string Locale { get; set; } = string.Empty;

        /// <summary>2025-10-15 only.</summary>
        public string? FoundryProjectName { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    /// <summary>The body of POST /models (checked and resolved by the client: references are URLs of this connection).</summary>
    public sealed class CsrModelDefinition
    {
        public EntityReference? BaseModel { get; set; }

        public List<EntityReference>? Datasets { get; set; }

        public string Locale { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        /// <summary>Adaptation text (v3.x only).</summary>
        public string? Text { get; set; }

        public EntityReference? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        public CsrModelDefinitionProperties? Properties { get; set; }
    }

    public sealed class CsrModelDefinitionProperties
    {
        public int? CustomModelWeightPercent { get; set; }
    }

    /// <summary>The body of POST /evaluations.</summary>
    public sealed class CsrEvaluationDefinition
    {
        public EntityReference? Model1 { get; set; }

        public EntityReference? Model2 { get; set; }

        public EntityReference? Dataset { get; set; }

        public string Locale { get; set; } = string.Empty;

        public string DisplayName { get; set; } = string.Empty;

        public string? Description { get; set; }

        public EntityReference? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }

    /// <summary>
    /// The body of every PATCH (ProjectUpdate, DatasetUpdate, ModelUpdate, EvaluationUpdate): only the fields given are
    /// sent (nulls are left out), and the service leaves the others as they are.
    /// </summary>
    public sealed class CsrEntityUpdate
    {
        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        /// <summary>Datasets, models, evaluations (not on 2024-11-15).</summary>
        public EntityReference? Project { get; set; }

        /// <summary>Projects, 2025-10-15.</summary>
        public string? FoundryProjectName { get; set; }

        [JsonIgnore]
        public bool IsEmpty => DisplayName is null && Description is null && CustomProperties is null && Project is null && FoundryProjectName is null;
    }
}
