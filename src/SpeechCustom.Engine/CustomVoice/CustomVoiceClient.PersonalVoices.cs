using System.Collections.Generic;
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
        public async Task<PersonalVoice> GetPersonalVoiceAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("personalvoices", InputRules.CustomVoiceIdOf(id, "Id"), SpeechJsonContext.Default.PersonalVoice, cancellationToken).ConfigureAwait(false)).Value;

        public Task DeletePersonalVoiceAsync(string id, CancellationToken cancellationToken)
            => DeleteAsync("personalvoices", InputRules.CustomVoiceIdOf(id, "Id"), cancellationToken);

        public PageStream<PersonalVoice> ListPersonalVoices(string? filter, int? skip, int? maxPageSize)
            => List("personalvoices", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePagePersonalVoice);

        /// <summary>
        /// Checks a personal voice definition locally and returns the body as it will be sent. The prompt audio is either
        /// a blob source (Audios) or local files (<paramref name="audioPaths"/>: .wav/.mp3, at most 30 MB each).
        /// </summary>
        public static PersonalVoice CheckPersonalVoice(PersonalVoice definition, IReadOnlyList<string>? audioPaths = null)
        {
            var hasFiles = audioPaths != null && audioPaths.Count > 0;
            if (hasFiles == (definition.Audios != null))
                throw new SpeechInputException("MissingAudio", "Give the prompt audio either as -Audios (a blob source from New-SpeechBlobSource) or as -AudioPath (local .wav or .mp3 files).", "AudioPath");
            if (hasFiles)
            {
                foreach (var path in audioPaths!)
                    LocalAudio.Check(path, "AudioPath", LocalAudio.PersonalVoiceMaxBytes);
            }
            return new PersonalVoice
            {
                Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
                ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
                ConsentId = InputRules.CustomVoiceIdOf(definition.ConsentId, "ConsentId"),
                DisplayName = InputRules.OptionalText(definition.DisplayName),
                Description = definition.Description,
                Audios = hasFiles ? null : BlobSourceRules.Checked(definition.Audios, "Audios"),
            };
        }

        /// <summary>
        /// Creates a personal voice (long-running): PUT with prompt audio in blob storage, or POST (multipart) with local
        /// files, which stream from disk.
        /// </summary>
        public async Task<PersonalVoice> CreatePersonalVoiceAsync(PersonalVoice definition, IReadOnlyList<string>? audioPaths, string? operationId, CancellationToken cancellationToken)
        {
            var body = CheckPersonalVoice(definition, audioPaths);
            var opId = OperationIdOrNew(operationId);
            Http.RestResult<PersonalVoice> result;
            if (body.Audios != null)
            {
                result = await caller.SendAsync(RequestMethod.Put, Url("personalvoices/" + Escape(body.Id)), body,
                    SpeechJsonContext.Default.PersonalVoice, SpeechJsonContext.Default.PersonalVoice, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var form = new MultipartContent()
                    .Field("projectId", body.ProjectId).Field("consentId", body.ConsentId)
                    .Field("displayName", body.DisplayName).Field("description", body.Description);
                foreach (var path in audioPaths!)
                    form.File("audiodata", path);
                result = await caller.SendContentAsync(RequestMethod.Post, Url("personalvoices/" + Escape(body.Id)), form, form.ContentType,
                    SpeechJsonContext.Default.PersonalVoice, OperationHeader(opId), cancellationToken).ConfigureAwait(false);
            }
            var voice = Stamp(Required(result.Value, "personal voice"));
            voice.OperationId = result.Header(RequestIdempotency.OperationIdHeader) ?? opId;
            return voice;
        }
    }
}
