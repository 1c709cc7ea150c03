using System;
using System.Collections.Generic;
using System.Linq;
using SpeechCustom.Engine.Models.CustomVoice;

namespace SpeechCustom.Engine.CustomVoice
{
    /// <summary>
    /// Whether an existing resource already is what a create asks for (-SkipExisting): every field the caller gave must
    /// match; fields the caller left out are not compared. Returns the fields that differ.
    /// </summary>
    public static class DefinitionComparer
    {
        public static IReadOnlyList<string> Differences(object existing, object wanted)
        {
            var fields = new List<(string Name, object? Wanted, object? Existing)>();
            switch (wanted)
            {
                case VoiceProject p when existing is VoiceProject e:
                    fields.Add(("Kind", p.Kind, e.Kind));
                    fields.Add(("Locale", p.Locale, e.Locale));
                    fields.Add(("DisplayName", p.DisplayName, e.DisplayName));
                    fields.Add(("Description", p.Description, e.Description));
                    break;
                case VoiceConsent c when existing is VoiceConsent e:
                    fields.Add(("ProjectId", c.ProjectId, e.ProjectId));
                    fields.Add(("VoiceTalentName", c.VoiceTalentName, e.VoiceTalentName));
                    fields.Add(("CompanyName", c.CompanyName, e.CompanyName));
                    fields.Add(("Locale", c.Locale, e.Locale));
                    fields.Add(("DisplayName", c.DisplayName, e.DisplayName));
                    fields.Add(("Description", c.Description, e.Description));
                    break;
                case TrainingSet t when existing is TrainingSet e:
                    fields.Add(("ProjectId", t.ProjectId, e.ProjectId));
                    fields.Add(("Locale", t.Locale, e.Locale));
                    fields.Add(("VoiceKind", t.VoiceKind, e.VoiceKind));
                    fields.Add(("DisplayName", t.DisplayName, e.DisplayName));
                    fields.Add(("Description", t.Description, e.Description));
                    break;
                case VoiceModel m when existing is VoiceModel e:
                    fields.Add(("ProjectId", m.ProjectId, e.ProjectId));
                    fields.Add(("ConsentId", m.ConsentId, e.ConsentId));
                    fields.Add(("TrainingSetId", m.TrainingSetId, e.TrainingSetId));
                    fields.Add(("VoiceName", m.VoiceName, e.VoiceName));
                    fields.Add(("Recipe", m.Recipe?.Kind, e.Recipe?.Kind));
                    fields.Add(("Locale", m.Locale, e.Locale));
                    fields.Add(("Description", m.Description, e.Description));
                    break;
                case VoiceEndpoint v when existing is VoiceEndpoint e:
                    fields.Add(("ProjectId", v.ProjectId, e.ProjectId));
                    fields.Add(("ModelId", v.ModelId, e.ModelId));
                    fields.Add(("Kind", v.Properties?.Kind, e.Properties?.Kind));
                    fields.Add(("DisplayName", v.DisplayName, e.DisplayName));
                    fields.Add(("Description", v.Description, e.Description));
                    break;
                case PersonalVoice v when existing is PersonalVoice e:
                    fields.Add(("ProjectId", v.ProjectId, e.ProjectId));
                    fields.Add(("ConsentId", v.ConsentId, e.ConsentId));
                    fields.Add(("DisplayName", v.DisplayName, e.DisplayName));
                    fields.Add(("Description", v.Description, e.Description));
                    break;
                default:
                    throw new ArgumentException($"Cannot compare a {existing.GetType().Name} with a {wanted.GetType().Name}.");
            }
            return fields
                .Where(f => f.Wanted != null && !string.Equals(f.Wanted.ToString(), f.Existing?.ToString(), StringComparison.Ordinal))
                .Select(f => $"{f.Name} is '{f.Existing}', not '{f.Wanted}'")
                .ToList();
        }
    }
}
