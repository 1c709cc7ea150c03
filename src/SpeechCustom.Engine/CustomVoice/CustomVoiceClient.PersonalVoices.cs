using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        public async Task<PersonalVoice> GetPersonalVoiceAsync(string id, CancellationToken cancellationToken)
            => (await GetPersonalVoiceWithHintAsync(id, cancellationToken).ConfigureAwait(false)).Value;

        internal async Task<Polled<PersonalVoice>> GetPersonalVoiceWithHintAsync(string id, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(id, "Id");
            var result = await caller.SendAsync<object, PersonalVoice>(RequestMethod.Get, Url("personalvoices/" + Escape(id)), null, null,
                SpeechJsonContext.Default.PersonalVoice, null, cancellationToken).ConfigureAwait(false);
            return new Polled<PersonalVoice>(Stamp(Required(result.Value, "personal voice")), result.RetryAfter);
        }

        public PageStream<PersonalVoice> ListPersonalVoices(string? filter, int? skip, int? maxPageSize)
            => List("personalvoices", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePagePersonalVoice);

        /// <summary>Checks a personal voice definition locally and returns the body as it will be sent.</summary>
        public static PersonalVoice CheckPersonalVoice(PersonalVoice definition)
        {
            return new PersonalVoice
            {
                Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
                ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
                ConsentId = InputRules.CustomVoiceIdOf(definition.ConsentId, "ConsentId"),
                DisplayName = string.IsNullOrWhiteSpace(definition.DisplayName) ? null : definition.DisplayName,
                Description = definition.Description,
                Audios = BlobSourceRules.Checked(definition.Audios, "Audios"),
            };
        }

        /// <summary>PUT /personalvoices/{id} with prompt audio in blob storage; a long-running creation.</summary>
        public async Task<PersonalVoice> CreatePersonalVoiceAsync(PersonalVoice definition, string? operationId, CancellationToken cancellationToken)
        {
            var body = CheckPersonalVoice(definition);
            var opId = OperationIdOrNew(operationId);
            var result = await caller.SendAsync(RequestMethod.Put, Url("personalvoices/" + Escape(body.Id)), body,
                SpeechJsonContext.Default.PersonalVoice, SpeechJsonContext.Default.PersonalVoice, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            var voice = Stamp(Required(result.Value, "personal voice"));
            voice.OperationId = result.Header(RequestIdempotency.OperationIdHeader) ?? opId;
            return voice;
        }
    }
}
