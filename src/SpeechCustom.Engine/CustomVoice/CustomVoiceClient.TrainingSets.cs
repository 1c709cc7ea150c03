using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.Common;
using SpeechCustom.Engine.Models.CustomVoice;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.CustomVoice
{
    public sealed partial class CustomVoiceClient
    {
        public static readonly string[] UploadKinds = { "AudioAndScript", "LongAudio", "AudioOnly" };
        public static readonly string[] ProcessAsValues = { "Segmented", "Contextual" };

        private static readonly string[] AudioExtensions = { ".wav", ".mp3" };
        private static readonly string[] ScriptExtensions = { ".txt" };
        private static readonly string[] LongAudioScriptExtensions = { ".txt", ".docx" };

        private static void RequireExtensions(BlobContentSource source, string[] allowed, string parameter, string what)
        {
            foreach (var extension in source.Extensions)
            {
                if (Array.IndexOf(allowed, extension) < 0)
                    throw new SpeechInputException("InvalidExtension",
                        $"-{parameter} selects '{extension}' files, but the service reads {what} only as {string.Join(" or ", allowed)}. Use New-SpeechBlobSource -Extension {allowed[0]}.", parameter);
            }
        }

        public async Task<TrainingSet> GetTrainingSetAsync(string id, CancellationToken cancellationToken)
            => (await GetAsync("trainingsets", InputRules.CustomVoiceIdOf(id, "TrainingSetId"), SpeechJsonContext.Default.TrainingSet, cancellationToken).ConfigureAwait(false)).Value;

        public static readonly string[] VoiceKinds = { "Female", "Male" };

        /// <summary>Checks a training set definition locally and returns the body to send.</summary>
        public static TrainingSet CheckTrainingSet(TrainingSet definition) => new TrainingSet
        {
            Id = InputRules.CustomVoiceIdOf(definition.Id, "Id"),
            ProjectId = InputRules.CustomVoiceIdOf(definition.ProjectId, "ProjectId"),
            Locale = InputRules.LocaleOf(definition.Locale, "Locale"),
            VoiceKind = definition.VoiceKind is null ? null : InputRules.OneOf(definition.VoiceKind, VoiceKinds, "VoiceKind"),
            DisplayName = InputRules.OptionalText(definition.DisplayName),
            Description = definition.Description,
        };

        public async Task<TrainingSet> CreateTrainingSetAsync(TrainingSet definition, CancellationToken cancellationToken)
        {
            var body = CheckTrainingSet(definition);
            var result = await caller.SendAsync(RequestMethod.Put, Url("trainingsets/" + Escape(body.Id)), body,
                SpeechJsonContext.Default.TrainingSet, SpeechJsonContext.Default.TrainingSet, null, cancellationToken).ConfigureAwait(false);
            return Stamp(Required(result.Value, "training set"));
        }

        public Task DeleteTrainingSetAsync(string id, CancellationToken cancellationToken)
            => DeleteAsync("trainingsets", InputRules.CustomVoiceIdOf(id, "Id"), cancellationToken);

        public PageStream<TrainingSet> ListTrainingSets(string? filter, int? skip, int? maxPageSize)
            => List("trainingsets", filter, skip, maxPageSize, SpeechJsonContext.Default.CustomVoicePageTrainingSet);

        /// <summary>
        /// Checks an upload locally: the kind, the blob sources (scripts are needed for AudioAndScript and LongAudio and
        /// meaningless for AudioOnly), and processAs (2026-01-01 and later; Contextual only for LongAudio and AudioOnly).
        /// Returns the request as it will be sent.
        /// </summary>
        public TrainingSetUploadRequest CheckUpload(TrainingSetUploadRequest request)
        {
            var kind = InputRules.OneOf(request.Kind, UploadKinds, "Kind");
            var checkedRequest = new TrainingSetUploadRequest
            {
                Kind = kind,
                DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? null : request.DisplayName,
                Description = request.Description,
                Audios = BlobSourceRules.Checked(request.Audios, "Audios"),
            };

            var needsScripts = kind == "AudioAndScript" || kind == "LongAudio";
            if (needsScripts && request.Scripts is null)
                throw new SpeechInputException("MissingScripts", $"A {kind} upload needs -Scripts: the .txt scripts that match the audio (New-SpeechBlobSource -Extension .txt).", "Scripts");
            if (!needsScripts && request.Scripts != null)
                throw new SpeechInputException("UnexpectedScripts", "An AudioOnly upload takes no -Scripts: the service transcribes the audio itself. Use -Kind AudioAndScript or LongAudio to upload scripts.", "Scripts");
            if (request.Scripts != null)
                checkedRequest.Scripts = BlobSourceRules.Checked(request.Scripts, "Scripts");
            RequireExtensions(checkedRequest.Audios!, AudioExtensions, "Audios", "recordings");
            if (checkedRequest.Scripts != null)
                RequireExtensions(checkedRequest.Scripts, kind == "LongAudio" ? LongAudioScriptExtensions : ScriptExtensions, "Scripts", "scripts");

            if (!string.IsNullOrEmpty(request.ProcessAs))
            {
                var processAs = InputRules.OneOf(request.ProcessAs, ProcessAsValues, "ProcessAs");
                if (string.CompareOrdinal(ApiVersion, "2026-01-01") < 0)
                    throw new SpeechInputException("UnsupportedParameter", $"-ProcessAs needs custom voice API version 2026-01-01 or later; this connection uses {ApiVersion}. Connect with -CustomVoiceApiVersion 2026-01-01.", "ProcessAs");
                if (processAs == "Contextual" && kind == "AudioAndScript")
                    throw new SpeechInputException("InvalidProcessAs", "-ProcessAs Contextual keeps long recordings whole; it applies to LongAudio and AudioOnly uploads only. Use -ProcessAs Segmented (the default) for AudioAndScript.", "ProcessAs");
                checkedRequest.ProcessAs = processAs;
            }
            return checkedRequest;
        }

        /// <summary>
        /// POST /trainingsets/{id}:upload. Always sends an Operation-Id (new when not given), so the pipeline's retries
        /// and a re-run with the same id are answered with the first operation instead of a second upload.
        /// </summary>
        public async Task<VoiceOperation> UploadTrainingSetAsync(string trainingSetId, TrainingSetUploadRequest request, string? operationId, CancellationToken cancellationToken)
        {
            InputRules.CustomVoiceIdOf(trainingSetId, "TrainingSetId");
            var body = CheckUpload(request);
            var opId = OperationIdOrNew(operationId);

            var result = await caller.SendAsync<TrainingSetUploadRequest, VoiceOperation>(RequestMethod.Post, Url("trainingsets/" + Escape(trainingSetId) + ":upload"), body,
                SpeechJsonContext.Default.TrainingSetUploadRequest, null, OperationHeader(opId), cancellationToken).ConfigureAwait(false);

            return Stamp(new VoiceOperation
            {
                Id = result.Header(RequestIdempotency.OperationIdHeader) ?? opId,
                Status = "NotStarted",
                Kind = "TrainingSetUpload",
                ResourceType = CustomVoiceResourceTypes.TrainingSet,
                ResourceId = trainingSetId,
                OperationLocation = result.Header("Operation-Location"),
                SubmittedDateTime = DateTimeOffset.Now,
            });
        }
    }
}
