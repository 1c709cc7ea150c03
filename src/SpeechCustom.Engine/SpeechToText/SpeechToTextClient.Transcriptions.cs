using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Json;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// Batch transcription jobs. One definition for every version; the body is shaped here: POST /transcriptions with
    /// diarizationEnabled and an ISO timeToLive on v3.x, POST /transcriptions:submit with diarization {enabled,
    /// maxSpeakers} and a required timeToLiveHours on 2024-11-15 and later.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        public const int MaxContentUrls = 1000;

        public static readonly string[] PunctuationModes = { "None", "Dictated", "Automatic", "DictatedAndAutomatic" };

        public static readonly string[] ProfanityFilterModes = { "None", "Removed", "Tags", "Masked" };

        public static readonly string[] LanguageIdentificationModes = { "Continuous", "Single" };

        /// <summary>2024-11-15+ require a time to live; the documentation recommends 48 hours when results are read soon.</summary>
        public static readonly TimeSpan DefaultTranscriptionTimeToLive = TimeSpan.FromHours(48);

        private static readonly TimeSpan MinTranscriptionTimeToLive = TimeSpan.FromHours(6);
        private static readonly TimeSpan MaxTranscriptionTimeToLive = TimeSpan.FromDays(31);

        /// <summary>Checks a definition for the connection's version without sending anything.</summary>
        public void CheckTranscription(SpeechTranscriptionDefinition definition) => TranscriptionBodyOf(definition);

        /// <summary>Creates the job (v3.x POST /transcriptions, 2024-11-15+ POST /transcriptions:submit); it starts NotStarted.</summary>
        public async Task<SpeechTranscription> CreateTranscriptionAsync(SpeechTranscriptionDefinition definition, CancellationToken cancellationToken)
        {
            var body = TranscriptionBodyOf(definition);
            if (definition.MinSpeakers.HasValue && !IsPathVersioned)
                EngineLog.Warning($"-MinSpeakers is ignored: speech to text API version {ApiVersion} takes only the most speakers (-MaxSpeakers).");
            if (!string.IsNullOrEmpty(definition.Model))
                body.Model = await ResolveModelReferenceAsync(definition.Model!, "Model", cancellationToken).ConfigureAwait(false);
            return await CreateEntityAsync(IsPathVersioned ? "transcriptions" : "transcriptions:submit", body,
                TranscriptionJsonContext.Default.TranscriptionBody, TranscriptionJsonContext.Default.SpeechTranscription, cancellationToken).ConfigureAwait(false);
        }

        public async Task<SpeechTranscription> GetTranscriptionAsync(string id, CancellationToken cancellationToken)
            => (await GetEntityAsync("transcriptions", id, TranscriptionJsonContext.Default.SpeechTranscription, cancellationToken).ConfigureAwait(false)).Value;

        /// <summary>GET /transcriptions, or GET /projects/{id}/transcriptions when <paramref name="project"/> (id, URL) is given.</summary>
        public PageStream<SpeechTranscription> ListTranscriptions(string? filter, int? skip, int? top, string? project = null)
            => project is null
                ? List("transcriptions", filter, skip, top, TranscriptionJsonContext.Default.SpeechToTextPageSpeechTranscription)
                : ListOfProject(project, "transcriptions", filter, skip, top, TranscriptionJsonContext.Default.SpeechToTextPageSpeechTranscription);

        /// <summary>The result files (kind Transcription, one per audio) and report.json (TranscriptionReport) of a job.</summary>
        public PageStream<CsrFile> ListTranscriptionFiles(string id, string? filter, int? skip = null, int? top = null)
            => ListFiles("transcriptions", id, filter, null, skip, top);

        /// <summary>Checks a transcription update (name, description, project, custom properties) for this connection's version; nothing is sent.</summary>
        public CsrEntityUpdate CheckTranscriptionUpdate(CsrEntityUpdate update) => CheckEntityUpdate(update);

        /// <summary>PATCH /transcriptions/{id}: the audio and settings of a job cannot change, only these.</summary>
        public Task<SpeechTranscription> UpdateTranscriptionAsync(string id, CsrEntityUpdate update, CancellationToken cancellationToken)
            => UpdateEntityAsync("transcriptions", id, CheckTranscriptionUpdate(update), CustomSpeechJsonContext.Default.CsrEntityUpdate, TranscriptionJsonContext.Default.SpeechTranscription, cancellationToken);

        /// <summary>DELETE /transcriptions/{id}: the job and its results (unless they went to a destination container).</summary>
        public Task DeleteTranscriptionAsync(string id, CancellationToken cancellationToken) => DeleteEntityAsync("transcriptions", id, cancellationToken);

        /// <summary>
        /// GET /transcriptions/locales: v3.x answers a list (batch only); 2024-11-15+ {"Transcribe": [...], "Submit": [...]}
        /// (fast and batch). Both become one object per locale.
        /// </summary>
        public async Task<IReadOnlyList<SpeechTranscriptionLocale>> GetTranscriptionLocalesAsync(CancellationToken cancellationToken)
        {
            var result = await caller.SendAsync<object, TranscriptionLocalesBody>(RequestMethod.Get, Url("transcriptions/locales"), null, null, null, null, cancellationToken).ConfigureAwait(false);
            var json = result.Body?.ToArray() ?? new byte[0];
            IEnumerable<string> submit, transcribe;
            using (var document = JsonDocument.Parse(json.Length == 0 ? new byte[] { (byte)'[', (byte)']' } : json))
            {
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    submit = document.RootElement.Deserialize(TranscriptionJsonContext.Default.ListString) ?? new List<string>();
                    transcribe = new string[0];
                }
                else
                {
                    var body = document.RootElement.Deserialize(TranscriptionJsonContext.Default.TranscriptionLocalesBody);
                    submit = body?.Submit ?? new List<string>();
                    transcribe = body?.Transcribe ?? new List<string>();
                }
            }
            var batch = new HashSet<string>(submit, StringComparer.OrdinalIgnoreCase);
            var fast = new HashSet<string>(transcribe, StringComparer.OrdinalIgnoreCase);
            return batch.Union(fast, StringComparer.OrdinalIgnoreCase)
                .OrderBy(l => l, StringComparer.OrdinalIgnoreCase)
                .Select(l => Stamp(new SpeechTranscriptionLocale { Locale = l, Batch = batch.Contains(l), Fast = fast.Contains(l) }))
                .ToList();
        }

        private TranscriptionBody TranscriptionBodyOf(SpeechTranscriptionDefinition d)
        {
            var body = new TranscriptionBody
            {
                Locale = InputRules.LocaleOf(d.Locale, "Locale"),
                DisplayName = InputRules.NonEmpty(d.DisplayName, "DisplayName", "a name for the transcription"),
                Description = InputRules.OptionalText(d.Description),
                CustomProperties = CheckCustomProperties(d.CustomProperties),
            };
            ContentSource(d, body);
            body.Model = string.IsNullOrEmpty(d.Model) ? null : ModelReferenceOf(d.Model!);
            body.Project = ProjectReferenceOrNull(d.Project);

            var properties = body.Properties;
            properties.WordLevelTimestampsEnabled = d.WordLevelTimestamps ? true : (bool?)null;
            properties.DisplayFormWordLevelTimestampsEnabled = d.DisplayFormWordLevelTimestamps ? true : (bool?)null;
            properties.PunctuationMode = d.PunctuationMode is null ? null : InputRules.OneOf(d.PunctuationMode, PunctuationModes, "PunctuationMode");
            properties.ProfanityFilterMode = d.ProfanityFilterMode is null ? null : InputRules.OneOf(d.ProfanityFilterMode, ProfanityFilterModes, "ProfanityFilterMode");
            properties.Channels = ChannelsOf(d.Channels, int.MaxValue);
            if (!string.IsNullOrEmpty(d.DestinationContainerUrl))
                properties.DestinationContainerUrl = ContainerUrl(d.DestinationContainerUrl!, "DestinationContainerUrl", "w", "write").AbsoluteUri;
            TimeToLive(d.TimeToLive, properties);
            Diarization(d, properties);
            properties.LanguageIdentification = LanguageIdentification(d.CandidateLocales, d.LanguageIdentificationMode);
            return body;
        }

        /// <summary>Exactly one of -ContentUrl (at most 1000), -ContentContainerUrl or -Dataset (OnlyOneOfUrlsOrContainerOrDataset).</summary>
        private void ContentSource(SpeechTranscriptionDefinition d, TranscriptionBody body)
        {
            var given = new List<string>();
            if (d.ContentUrls != null)
                given.Add("-ContentUrl");
            if (!string.IsNullOrEmpty(d.ContentContainerUrl))
                given.Add("-ContentContainerUrl");
            if (!string.IsNullOrEmpty(d.Dataset))
                given.Add("-Dataset");
            if (given.Count != 1)
                throw new SpeechInputException(given.Count == 0 ? "MissingContent" : "OnlyOneOfUrlsOrContainerOrDataset",
                    (given.Count == 0 ? "No audio to transcribe was given." : $"{string.Join(" and ", given)} were both given.")
                    + " Give exactly one of -ContentUrl (up to 1000 audio URLs), -ContentContainerUrl (a container URL whose SAS allows read and list) or -Dataset (an AudioFiles or Acoustic dataset).",
                    "ContentUrl");

            if (d.ContentUrls != null)
            {
                if (d.ContentUrls.Count == 0)
                    throw new SpeechInputException("MissingContent", "-ContentUrl is empty: give at least one audio URL.", "ContentUrl");
                if (d.ContentUrls.Count > MaxContentUrls)
                    throw new SpeechInputException("TooManyContentUrls",
                        $"-ContentUrl has {d.ContentUrls.Count} URLs; one transcription takes at most {MaxContentUrls}. Split them into several transcriptions (for example in chunks of 1000), or put the audio in one container and use -ContentContainerUrl.",
                        "ContentUrl");
                body.ContentUrls = d.ContentUrls.Select(u => InputRules.ServiceReadableUrl(u, "ContentUrl").AbsoluteUri).ToList();
            }
            else if (!string.IsNullOrEmpty(d.ContentContainerUrl))
            {
                body.ContentContainerUrl = ContainerUrl(d.ContentContainerUrl!, "ContentContainerUrl", "rl", "read and list").AbsoluteUri;
            }
            else
            {
                body.Dataset = DatasetReferenceOf(d.Dataset!);
            }
        }

        /// <summary>A container URL the service reads or writes: https, a container path, and a SAS (when it has one) with the rights needed.</summary>
        private static Uri ContainerUrl(string url, string parameter, string rights, string rightsText)
        {
            var uri = InputRules.ServiceReadableUrl(url, parameter);
            if (uri.AbsolutePath.Trim('/').Length == 0)
                throw new SpeechInputException("InvalidContainerUrl", $"-{parameter} '{SecretRedactor.RedactSasUrl(url)}' names no container; give the container URL, e.g. https://contoso.blob.core.windows.net/audio?<SAS>.", parameter);
            var permissions = QueryValue(uri, "sp");
            if (permissions != null && rights.Any(r => permissions.IndexOf(r) < 0))
                throw new SpeechInputException("InsufficientSasPermissions",
                    $"The SAS of -{parameter} grants '{permissions}', but the service needs {rightsText} ({rights}). Create the SAS with those permissions.", parameter);
            return uri;
        }

        private static string? QueryValue(Uri uri, string name)
        {
            foreach (var pair in uri.Query.TrimStart('?').Split('&'))
            {
                var eq = pair.IndexOf('=');
                if (eq > 0 && string.Equals(Uri.UnescapeDataString(pair.Substring(0, eq)), name, StringComparison.OrdinalIgnoreCase))
                    return Uri.UnescapeDataString(pair.Substring(eq + 1));
            }
            return null;
        }

        internal static List<int>? ChannelsOf(IList<int>? channels, int max)
        {
            if (channels is null || channels.Count == 0)
                return null;
            if (channels.Any(c => c < 0))
                throw new SpeechInputException("InvalidChannels", "-Channel takes 0-based channel numbers (0 is the first channel); negative numbers are not channels.", "Channel");
            var distinct = channels.Distinct().ToList();
            if (distinct.Count > max)
                throw new SpeechInputException("InvalidChannels", $"-Channel names {distinct.Count} channels; at most {max} can be transcribed separately.", "Channel");
            return distinct;
        }

        /// <summary>v3.x: ISO 8601, 6 hours to 31 days (unset: the service's default). 2024-11-15+: whole hours, 6 to 744, required (48 by default).</summary>
        private void TimeToLive(TimeSpan? requested, TranscriptionBodyProperties properties)
        {
            var ttl = requested ?? (IsPathVersioned ? (TimeSpan?)null : DefaultTranscriptionTimeToLive);
            if (ttl is null)
                return;
            if (ttl.Value < MinTranscriptionTimeToLive || ttl.Value > MaxTranscriptionTimeToLive)
                throw new SpeechInputException("InvalidTimeToLive",
                    IsPathVersioned
                        ? $"-TimeToLive {ttl.Value} is out of range: API version {ApiVersion} keeps a transcription between 6 hours and 31 days (timeToLive), for example -TimeToLive (New-TimeSpan -Days 2)."
                        : $"-TimeToLive {ttl.Value} is out of range: API version {ApiVersion} keeps a transcription between 6 and 744 hours (timeToLiveHours, 31 days), for example -TimeToLive (New-TimeSpan -Hours 48).",
                    "TimeToLive");
            if (IsPathVersioned)
            {
                properties.TimeToLive = IsoDuration.ToIso(ttl.Value);
                return;
            }
            if (ttl.Value.Ticks % TimeSpan.TicksPerHour != 0)
                throw new SpeechInputException("InvalidTimeToLive",
                    $"-TimeToLive {ttl.Value} is not a whole number of hours, and API version {ApiVersion} counts whole hours (timeToLiveHours). Give, for example, {Math.Ceiling(ttl.Value.TotalHours)} hours.", "TimeToLive");
            properties.TimeToLiveHours = (int)ttl.Value.TotalHours;
        }

        /// <summary>v3.x: diarizationEnabled plus diarization.speakers {minCount 1+, maxCount up to 35}; 2024-11-15+: diarization {enabled, maxSpeakers 2..35}.</summary>
        private void Diarization(SpeechTranscriptionDefinition d, TranscriptionBodyProperties properties)
        {
            if (!d.Diarization)
            {
                if (d.MinSpeakers.HasValue || d.MaxSpeakers.HasValue)
                    throw new SpeechInputException("DiarizationNotEnabled", "-MinSpeakers and -MaxSpeakers are hints for speaker diarization: add -Diarization.", d.MaxSpeakers.HasValue ? "MaxSpeakers" : "MinSpeakers");
                return;
            }
            if (IsPathVersioned)
            {
                if (d.MinSpeakers.HasValue && d.MinSpeakers.Value < 1)
                    throw new SpeechInputException("InvalidSpeakerCount", $"-MinSpeakers {d.MinSpeakers} is out of range: it must be at least 1.", "MinSpeakers");
                if (d.MaxSpeakers.HasValue && (d.MaxSpeakers.Value < 1 || d.MaxSpeakers.Value > 35))
                    throw new SpeechInputException("InvalidSpeakerCount", $"-MaxSpeakers {d.MaxSpeakers} is out of range: API version {ApiVersion} takes 1 to 35 speakers.", "MaxSpeakers");
                if (d.MinSpeakers > d.MaxSpeakers)
                    throw new SpeechInputException("InvalidSpeakerCount", $"-MinSpeakers {d.MinSpeakers} is more than -MaxSpeakers {d.MaxSpeakers}.", "MinSpeakers");
                properties.DiarizationEnabled = true;
                if (d.MinSpeakers.HasValue || d.MaxSpeakers.HasValue)
                    properties.Diarization = new TranscriptionDiarization { Speakers = new DiarizationSpeakers { MinCount = d.MinSpeakers, MaxCount = d.MaxSpeakers } };
                return;
            }
            if (d.MaxSpeakers.HasValue && (d.MaxSpeakers.Value < 2 || d.MaxSpeakers.Value > 35))
                throw new SpeechInputException("InvalidSpeakerCount", $"-MaxSpeakers {d.MaxSpeakers} is out of range: API version {ApiVersion} takes 2 to 35 speakers (maxSpeakers).", "MaxSpeakers");
            properties.Diarization = new TranscriptionDiarization { Enabled = true, MaxSpeakers = d.MaxSpeakers };
        }

        /// <summary>Candidate locales: 2 to 10 for Continuous (the default mode), at least 1 for Single.</summary>
        private static TranscriptionLanguageIdentification? LanguageIdentification(IList<string>? candidates, string? mode)
        {
            if (candidates is null || candidates.Count == 0)
            {
                if (mode != null)
                    throw new SpeechInputException("MissingCandidateLocales", "-LanguageIdentificationMode needs -CandidateLocale: the locales the audio may be in, for example en-US, de-DE, fr-FR.", "CandidateLocale");
                return null;
            }
            var checkedMode = mode is null ? null : InputRules.OneOf(mode, LanguageIdentificationModes, "LanguageIdentificationMode");
            var locales = candidates.Select(l => InputRules.LocaleOf(l, "CandidateLocale")).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (checkedMode != "Single" && (locales.Count < 2 || locales.Count > 10))
                throw new SpeechInputException("InvalidCandidateLocales",
                    $"-CandidateLocale has {locales.Count} locale(s); continuous language identification takes 2 to 10 (including the transcription's -Locale). For more, use -LanguageIdentificationMode Single.",
                    "CandidateLocale");
            return new TranscriptionLanguageIdentification { CandidateLocales = locales, Mode = checkedMode };
        }
    }
}
