using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        /// <summary>Checks a consent definition locally (the recording comes from AudioUrl or a local file).</summary>
        public static VoiceConsent CheckConsent(VoiceConsent definition, string? audioPath)
        {
            var body = new VoiceConsent
            {
                Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
                ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
                VoiceTalentName = InputRules.NonEmpty(definition.VoiceTalentName, "VoiceTalentName", "the voice talent's name as spoken in the consent statement"),
                CompanyName = InputRules.NonEmpty(definition.CompanyName, "CompanyName", "the company name as spoken in the consent statement"),
                Locale = InputRules.LocaleOf(definition.Locale, "Locale"),
                DisplayName = InputRules.OptionalText(definition.DisplayName),
                Description = definition.Description,
            };
            if (audioPath is null == definition.AudioUrl is null)
                throw new SpeechInputException("MissingAudio", "Give the consent recording either as -AudioUrl (a URL the service can read) or as -AudioPath (a local .wav or .mp3 file).", "AudioPath");
            if (definition.AudioUrl != null)
                body.AudioUrl = InputRules.ServiceReadableUrl(definition.AudioUrl, "AudioUrl").AbsoluteUri;
            else
                LocalAudio.Check(audioPath!, "AudioPath", LocalAudio.NoSizeLimit);
            return body;
        }

        /// <summary>PUT /consents/{id} with the recording at a URL, or POST /consents/{id} (multipart) with a local file; long-running.</summary>
        public async Task<VoiceConsent> CreateConsentAsync(VoiceConsent definition, string? audioPath, string? operationId, CancellationToken cancellationToken)
        {
            var body = CheckConsent(definition, audioPath);
            var opId = OperationIdOrNew(operationId);
            RestResult<VoiceConsent> result;
            if (audioPath is null)
            {
                result = await caller.SendAsync(RequestMethod.Put, Url("consents/" + Escape(body.Id)), body,
                    SpeechJsonContext.Default.VoiceConsent, SpeechJsonContext.Default.VoiceConsent, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var form = new MultipartContent()
                    .Field("projectId", body.ProjectId).Field("displayName", body.DisplayName).Field("description", body.Description)
                    .Field("voiceTalentName", body.VoiceTalentName).Field("companyName", body.CompanyName).Field("locale", body.Locale)
                    .File("audiodata", audioPath);
                result = await caller.SendContentAsync(RequestMethod.Post, Url("consents/" + Escape(body.Id)), form, form.ContentType,
                    SpeechJsonContext.Default.VoiceConsent, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            }
            var consent = Stamp(Required(result.Value, "consent"));
            consent.OperationId = result.Header(RequestIdempotency.OperationIdHeader) ?? opId;
            return consent;
        }

        public async Task<VoiceConsent> GetConsentAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("consents", InputRules.CustomVoiceIdOf(id, "Id"), SpeechJsonContext.Default.VoiceConsent, cancellationToken).ConfigureAwait(false)).Value;

        public PageStream<VoiceConsent> ListConsents(string? filter, int? skip, int? maxPageSize)
            => List("consents", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePageVoiceConsent);

        public Task DeleteConsentAsync(string id, CancellationToken cancellationToken)
            => DeleteAsync("consents", InputRules.CustomVoiceIdOf(id, "Id"), cancellationToken);
    }
}
