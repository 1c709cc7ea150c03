using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>A Microsoft base model (GET /models/base): what custom models are adapted from, and what it accepts.</summary>
    public sealed class CsrBaseModel : SttEntity
    {
        /// <summary>The same as Id, so a base model piped to New-CsrEvaluation binds -Model1.</summary>
        [JsonIgnore]
        public string? BaseModelId => Id;

        public BaseModelLinks? Links { get; set; }

        public BaseModelProperties? Properties { get; set; }

        public override string Collection => "models/base";

        public override EntityError? FailureError => null;

        internal override Task<Polled<SttEntity>> ReadAgainAsync(SpeechToTextClient client, CancellationToken cancellationToken)
            => ReadAgainAsync(client, CustomSpeechJsonContext.Default.CsrBaseModel, cancellationToken);

        public override string ToString() => $"CsrBaseModel {Id} '{DisplayName}' ({Locale})";
    }

    public sealed class BaseModelLinks
    {
        public string? Manifest { get; set; }
    }

    public sealed class BaseModelProperties
    {
        public CsrDeprecationDates? DeprecationDates { get; set; }

        public CsrModelFeatures? Features { get; set; }

        /// <summary>Whether adapting this model is charged (v3.2 and later).</summary>
        public bool? ChargeForAdaptation { get; set; }
    }
}
