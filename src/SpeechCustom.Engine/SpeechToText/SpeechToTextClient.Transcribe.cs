using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Transcription;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Fast transcription (POST /transcriptions:transcribe, 2024-11-15 and later): one audio in a multipart form, the
    /// transcript in the answer. 2025-10-15 adds an audio URL instead of a file, phrase lists and enhanced mode.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        /// <summary>2025-10-15: "smaller than 250 MB".</summary>
        public const long MaxFastTranscriptionBytes = 250L * 1024 * 1024;

        /// <summary>The containers and codecs fast transcription documents (WAV, MP3, OPUS/OGG, FLAC, WMA, AAC, M4A, AMR, WebM, SPEEX).</summary>
        public static readonly string[] FastTranscriptionExtensions = { ".wav", ".mp3", ".ogg", ".opus", ".flac", ".wma", ".aac", ".m4a", ".amr", ".webm", ".spx" };

        public static readonly string[] EnhancedModeTasks = { "transcribe", "translate" };

        /// <summary>Checks the options for the connection's version without sending; returns the form's definition JSON.</summary>
        public string CheckFastTranscription(FastTranscriptionOptions options)
        {
            RequireVersions("Fast transcription (Invoke-SpeechTranscription, transcriptions:transcribe)", "2025-10-15", "2024-11-15");
            var hasPath = !string.IsNullOrEmpty(options.Path);
            var hasUrl = !string.IsNullOrEmpty(options.AudioUrl);
            if (hasPath == hasUrl)
                throw new SpeechInputException(hasPath ? "OnlyOneAudio" : "MissingAudio", "Give exactly one of -Path (a local audio file) or -AudioUrl (audio the service downloads).", "Path");
            if (hasPath)
                CheckFastAudioFile(options.Path!);
            Require20251015(hasUrl, "AudioUrl");
            Require20251015(options.PhraseList?.Count > 0 || options.PhraseListWeight.HasValue, "PhraseList");
            Require20251015(options.EnhancedMode || options.EnhancedTask != null || options.TargetLanguage != null || options.Prompts?.Count > 0, "EnhancedMode");

            var definition = new TranscribeDefinitionWire
            {
                Locales = options.Locales?.Select(l => InputRules.LocaleOf(l, "Locale")).ToList(),
                AudioUrl = hasUrl ? InputRules.ServiceReadableUrl(options.AudioUrl, "AudioUrl").AbsoluteUri : null,
                ProfanityFilterMode = options.ProfanityFilterMode is null ? null : InputRules.OneOf(options.ProfanityFilterMode, ProfanityFilterModes, "ProfanityFilterMode"),
                Channels = ChannelsOf(options.Channels, 2),
                Diarization = FastDiarization(options),
                PhraseList = PhraseList(options),
                EnhancedMode = EnhancedMode(options),
            };
            if (definition.Locales?.Count == 0)
                definition.Locales = null;
            return JsonSerializer.Serialize(definition, TranscriptionJsonContext.Default.TranscribeDefinitionWire);
        }

        /// <summary>POST /transcriptions:transcribe: the file (streamed from disk) or URL, transcribed synchronously.</summary>
        public async Task<SpeechTranscriptionResult> TranscribeAsync(FastTranscriptionOptions options, CancellationToken cancellationToken)
        {
            var definition = CheckFastTranscription(options);
            var form = new MultipartContent().Field("definition", definition);
            string source;
            if (!string.IsNullOrEmpty(options.Path))
            {
                source = Path.GetFullPath(options.Path!);
                form.File("audio", source);
            }
            else
            {
                source = options.AudioUrl!;
            }
            var result = await caller.SendContentAsync(RequestMethod.Post, Url("transcriptions:transcribe"), form, form.ContentType,
                TranscriptionJsonContext.Default.TranscribeResultWire, null, cancellationToken).ConfigureAwait(false);
            return Stamp(ResultParser.FromFast(Required(result.Value, "transcript"), source));
        }

        /// <summary>A local audio file for fast transcription: exists, is an audio format the service reads, not empty, under 250 MB.</summary>
        public static FileInfo CheckFastAudioFile(string path)
        {
            var file = new FileInfo(path);
            if (!file.Exists)
                throw new SpeechInputException("FileNotFound", $"The audio file '{path}' given to -Path does not exist.", "Path");
            if (!FastTranscriptionExtensions.Contains(file.Extension.ToLowerInvariant()))
                throw new SpeechInputException("UnsupportedAudioFormat",
                    $"'{file.Name}' is not an audio format fast transcription reads; use one of {string.Join(", ", FastTranscriptionExtensions)}.", "Path");
            if (file.Length == 0)
                throw new SpeechInputException("EmptyFile", $"'{file.Name}' is empty: there is no audio to transcribe.", "Path");
            if (file.Length > MaxFastTranscriptionBytes)
                throw new SpeechInputException("FileTooLarge",
                    $"'{file.Name}' is {file.Length / 1048576.0:0.0} MB; fast transcription takes files under 250 MB (and 2 hours). Use New-SpeechTranscription (batch) for longer audio.", "Path");
            return file;
        }

        private void Require20251015(bool given, string parameter)
        {
            if (given && ApiVersion != "2025-10-15")
                throw new SpeechInputException("NotSupportedByApiVersion",
                    $"-{parameter} came with speech to text API version 2025-10-15, and this connection uses {ApiVersion}. Connect with -SpeechToTextApiVersion 2025-10-15, or leave it out.", parameter);
        }

        private static TranscriptionDiarization? FastDiarization(FastTranscriptionOptions options)
        {
            if (!options.Diarization)
            {
                if (options.MaxSpeakers.HasValue)
                    throw new SpeechInputException("DiarizationNotEnabled", "-MaxSpeakers is a hint for speaker diarization: add -Diarization.", "MaxSpeakers");
                return null;
            }
            if (options.MaxSpeakers.HasValue && (options.MaxSpeakers.Value < 2 || options.MaxSpeakers.Value > 35))
                throw new SpeechInputException("InvalidSpeakerCount", $"-MaxSpeakers {options.MaxSpeakers} is out of range: fast transcription takes 2 to 35 speakers.", "MaxSpeakers");
            return new TranscriptionDiarization { Enabled = true, MaxSpeakers = options.MaxSpeakers };
        }

        private static PhraseListWire? PhraseList(FastTranscriptionOptions options)
        {
            var phrases = options.PhraseList?.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
            if (phrases is null || phrases.Count == 0)
            {
                if (options.PhraseListWeight.HasValue)
                    throw new SpeechInputException("MissingPhraseList", "-PhraseListWeight weights the phrases of -PhraseList: give -PhraseList too.", "PhraseListWeight");
                return null;
            }
            if (options.PhraseListWeight.HasValue && options.PhraseListWeight.Value <= 0)
                throw new SpeechInputException("InvalidPhraseListWeight", $"-PhraseListWeight {options.PhraseListWeight} must be more than 0.", "PhraseListWeight");
            return new PhraseListWire { Phrases = phrases, BiasingWeight = options.PhraseListWeight };
        }

        private static EnhancedModeWire? EnhancedMode(FastTranscriptionOptions options)
        {
            if (!options.EnhancedMode)
            {
                if (options.EnhancedTask != null || options.TargetLanguage != null || options.Prompts?.Count > 0)
                    throw new SpeechInputException("EnhancedModeNotEnabled", "-EnhancedTask, -TargetLanguage and -Prompt are enhanced mode settings: add -EnhancedMode.", "EnhancedMode");
                return null;
            }
            var task = options.EnhancedTask is null ? null : InputRules.OneOf(options.EnhancedTask, EnhancedModeTasks, "EnhancedTask");
            if (task == "translate" && string.IsNullOrWhiteSpace(options.TargetLanguage))
                throw new SpeechInputException("MissingTargetLanguage", "-EnhancedTask translate needs -TargetLanguage, the language to translate into (for example de or zh).", "TargetLanguage");
            if (task != "translate" && !string.IsNullOrWhiteSpace(options.TargetLanguage))
                throw new SpeechInputException("UnexpectedTargetLanguage", "-TargetLanguage is used with -EnhancedTask translate only.", "TargetLanguage");
            return new EnhancedModeWire
            {
                Enabled = true,
                Task = task,
                TargetLanguage = InputRules.OptionalText(options.TargetLanguage),
                Prompt = options.Prompts?.Where(p => !string.IsNullOrWhiteSpace(p)).ToList() is { Count: > 0 } prompts ? prompts : null,
            };
        }
    }
}
