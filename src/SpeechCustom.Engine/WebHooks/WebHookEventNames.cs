using System;
using System.Collections.Generic;
using System.Linq;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.WebHooks
{
    /// <summary>
    /// The 22 web hook events of the API (datasetCreation ... challenge), shown and accepted in PascalCase
    /// (TranscriptionCompletion) as PowerShell users write them, plus groups for the four events of one kind
    /// (Transcription = creation, processing, completion, deletion) and All.
    /// </summary>
    public static class WebHookEventNames
    {
        private static readonly string[] Kinds = { "dataset", "model", "evaluation", "transcription", "endpoint" };
        private static readonly string[] Stages = { "Creation", "Processing", "Completion", "Deletion" };

        /// <summary>The API's names, in the order of the contract.</summary>
        public static readonly IReadOnlyList<string> ApiNames = Kinds.SelectMany(k => Stages.Select(s => k + s)).Concat(new[] { "ping", "challenge" }).ToList();

        /// <summary>Every event in PascalCase, then the groups: what tab completion offers.</summary>
        public static readonly IReadOnlyList<string> Completions =
            ApiNames.Select(Display).Concat(Kinds.Select(Display)).Concat(new[] { "All" }).ToList();

        public static string Display(string apiName) => apiName.Length == 0 ? apiName : char.ToUpperInvariant(apiName[0]) + apiName.Substring(1);

        /// <summary>The API names selected by <paramref name="names"/>; fails listing the valid names for an unknown one.</summary>
        public static IReadOnlyList<string> Parse(IEnumerable<string>? names, string parameter)
        {
            var result = new List<string>();
            foreach (var raw in names ?? Enumerable.Empty<string>())
            {
                var name = (raw ?? string.Empty).Trim();
                var single = ApiNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
                IEnumerable<string> selected;
                if (single != null)
                    selected = new[] { single };
                else if (string.Equals(name, "All", StringComparison.OrdinalIgnoreCase))
                    selected = ApiNames;
                else if (Kinds.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) is string kind)
                    selected = Stages.Select(s => kind + s);
                else
                    throw new SpeechInputException("InvalidWebHookEvent",
                        $"'{raw}' is not a web hook event for -{parameter}. Use event names such as TranscriptionCompletion or DatasetCreation, a group (Dataset, Model, Evaluation, Transcription, Endpoint: its four events), or All. Events: {string.Join(", ", ApiNames.Select(Display))}.",
                        parameter);
                foreach (var api in selected)
                {
                    if (!result.Contains(api))
                        result.Add(api);
                }
            }
            if (result.Count == 0)
                throw new SpeechInputException("MissingWebHookEvent", $"-{parameter} needs at least one event, for example TranscriptionCompletion.", parameter);
            return result;
        }

        /// <summary>The events object of the API: every event, true for the selected ones (so an update replaces the set).</summary>
        internal static Dictionary<string, bool> ToWire(IReadOnlyList<string> selected, bool includeUnselected)
        {
            var wire = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (var name in ApiNames)
            {
                var on = selected.Contains(name);
                if (on || includeUnselected)
                    wire[name] = on;
            }
            return wire;
        }
    }
}
