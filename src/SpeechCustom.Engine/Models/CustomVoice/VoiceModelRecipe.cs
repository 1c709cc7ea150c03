using System.Collections.Generic;

namespace SpeechCustom.Engine.Models.CustomVoice
{
    /// <summary>A training recipe (GET /modelrecipes): its kind and version, and what it requires of the data.</summary>
    public sealed class VoiceModelRecipe
    {
        public string? Kind { get; set; }

        public string? Version { get; set; }

        public string? Description { get; set; }

        public int? MinUtteranceCount { get; set; }

        public int? MinStyleUtteranceCount { get; set; }

        public int? MaxCustomStyleNum { get; set; }

        public double? MinDurationInSeconds { get; set; }

        public IList<string>? DatasetLocales { get; set; }

        public IList<string>? ModelLocales { get; set; }

        /// <summary>Preset styles per locale (keys "male"/"female" — some versions write "Male"/"Female").</summary>
        public IDictionary<string, IDictionary<string, IList<string>>>? PresetStyles { get; set; }

        public override string ToString() => $"{Kind} {Version}";
    }
}
