using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// A custom speech project (v3.x and 2025-10-15; 2024-11-15 has none): a locale and a name that group datasets,
    /// models, evaluations, endpoints and transcriptions. The same object for every version: v3.x adds counts, 2025-10-15
    /// the AI Foundry project name.
    /// </summary>
    public sealed class CsrProject : SttEntity
    {
        /// <summary>The AI Foundry project this project belongs to (2025-10-15).</summary>
        public string? FoundryProjectName { get; set; }

        public ProjectLinks? Links { get; set; }

        /// <summary>How many datasets, models, ... the project holds (v3.x only; null on 2025-10-15).</summary>
        public ProjectProperties? Properties { get; set; }

        /// <summary>
        /// A project's project is itself. Every entity's Project names the project it belongs to; giving a project the same
        /// property lets it bind -Project by property name when piped (Get-CsrProject | Get-CsrDataset, | New-CsrDataset),
        /// where the inherited, always empty, property would bind nothing.
        /// </summary>
        [JsonIgnore]
        public new EntityReference? Project => Self is null ? null : new EntityReference(Self) { Origin = Origin };

        public override string Collection => "projects";

        public override EntityError? FailureError => null;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, CustomSpeechJsonContext.Default.CsrProject, cancellationToken);

        public override string ToString() => $"CsrProject {Id} '{DisplayName}' ({Locale})";
    }

    public sealed class ProjectLinks
    {
        public string? Datasets { get; set; }

        public string? Models { get; set; }

        public string? Evaluations { get; set; }

        public string? Endpoints { get; set; }

        public string? Transcriptions { get; set; }
    }

    public sealed class ProjectProperties
    {
        public int? DatasetCount { get; set; }

        public int? ModelCount { get; set; }

        public int? EvaluationCount { get; set; }

        public int? EndpointCount { get; set; }

        public int? TranscriptionCount { get; set; }
    }
}
