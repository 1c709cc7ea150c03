using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>A custom speech model: a base model adapted with datasets (training is a long-running process).</summary>
    public sealed class CsrModel : SttEntity
    {
        /// <summary>The same as Id, so a model piped to New-CsrEvaluation binds -Model1.</summary>
        [JsonIgnore]
        public string? ModelId => Id;

        /// <summary>The base model it was adapted from.</summary>
        public EntityReference? BaseModel { get; set; }

        /// <summary>The datasets it was adapted with.</summary>
        public List<EntityReference>? Datasets { get; set; }

        /// <summary>Adaptation text given at creation (v3.x only).</summary>
        public string? Text { get; set; }

        public CustomModelLinks? Links { get; set; }

        public CustomModelProperties? Properties { get; set; }

        public override string Collection => "models";

        public override EntityError? FailureError => Properties?.Error;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, CustomSpeechJsonContext.Default.CsrModel, cancellationToken);
    }

    public sealed class CustomModelLinks
    {
        public string? Manifest { get; set; }

        public string? Files { get; set; }

        /// <summary>The copy action (v3.2 and later).</summary>
        public string? Copy { get; set; }
    }

    public sealed class CustomModelProperties
    {
        /// <summary>1-100: how much the custom part weighs against the base model (chosen by the service when not set).</summary>
        public int? CustomModelWeightPercent { get; set; }

        public CsrDeprecationDates? DeprecationDates { get; set; }

        public CsrModelFeatures? Features { get; set; }

        public EntityError? Error { get; set; }
    }
}
