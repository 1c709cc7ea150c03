using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        public static readonly string[] ProjectKinds = { "ProfessionalVoice", "PersonalVoice" };

        public async Task<VoiceProject> CreateProjectAsync(VoiceProject definition, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(definition.Id, "Id");
            definition.Kind = InputRules.OneOf(definition.Kind, ProjectKinds, "Kind");
            var result = await caller.SendAsync(RequestMethod.Put, Url("projects/" + Escape(definition.Id)), definition,
                SpeechJsonContext.Default.VoiceProject, SpeechJsonContext.Default.VoiceProject, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "project"));
        }

        public async Task<VoiceProject> GetProjectAsync(string id, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(id, "Id");
            var result = await caller.SendAsync<object, VoiceProject>(RequestMethod.Get, Url("projects/" + Escape(id)), null, null,
                SpeechJsonContext.Default.VoiceProject, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "project"));
        }

        /// <summary>PUT /consents/{id} with the consent recording at a URL; a long-running creation.</summary>
        public async Task<VoiceConsent> CreateConsentAsync(VoiceConsent definition, string? operationId, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(definition.Id, "Id");
            InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId");
            InputRules.LocaleOf(definition.Locale, "Locale");
            InputRules.ServiceReadableUrl(definition.AudioUrl, "AudioUrl");
            var opId = OperationIdOrNew(operationId);
            var result = await caller.SendAsync(RequestMethod.Put, Url("consents/" + Escape(definition.Id)), definition,
                SpeechJsonContext.Default.VoiceConsent, SpeechJsonContext.Default.VoiceConsent, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "consent"));
        }

        public async Task<VoiceConsent> GetConsentAsync(string id, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(id, "Id");
            var result = await caller.SendAsync<object, VoiceConsent>(RequestMethod.Get, Url("consents/" + Escape(id)), null, null,
                SpeechJsonContext.Default.VoiceConsent, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "consent"));
        }
    }
}
