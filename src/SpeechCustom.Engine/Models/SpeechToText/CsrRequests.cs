using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>
    /// What New-CsrModel asks for. References are what the user gave: objects read earlier (a CsrBaseModel, CsrDatasets),
    /// ids or URLs. Objects are checked locally; ids and URLs are read first so the same checks run before the create.
    /// </summary>
    public sealed class CsrModelRequest
    {
        /// <summary>A CsrBaseModel, or a base model id or URL.</summary>
        public object? BaseModel { get; set; }

        /// <summary>CsrDatasets, or dataset ids or URLs.</summary>
        public IList<object> Datasets { get; set; } = new List<object>();

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        /// <summary>The model's locale; when not given, the base model's.</summary>
        public string? Locale { get; set; }

        /// <summary>Adaptation text (v3.x only).</summary>
        public string? Text { get; set; }

        /// <summary>A project id or URL.</summary>
        public string? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }

        public int? CustomModelWeightPercent { get; set; }
    }

    /// <summary>What New-CsrEvaluation asks for; references as in <see cref="CsrModelRequest"/>.</summary>
    public sealed class CsrEvaluationRequest
    {
        /// <summary>A CsrModel or CsrBaseModel, or a model id or URL (an id is looked up among custom, then base models).</summary>
        public object? Model1 { get; set; }

        public object? Model2 { get; set; }

        /// <summary>A CsrDataset, or a dataset id or URL.</summary>
        public object? Dataset { get; set; }

        public string? DisplayName { get; set; }

        public string? Description { get; set; }

        /// <summary>The evaluation's locale; when not given, the dataset's.</summary>
        public string? Locale { get; set; }

        public string? Project { get; set; }

        public IDictionary<string, string>? CustomProperties { get; set; }
    }
}
