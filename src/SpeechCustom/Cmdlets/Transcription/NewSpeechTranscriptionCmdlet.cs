using System;
using System.Collections;
using System.Management.Automation;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Starts a batch transcription of audio at URLs, in a blob container or in a dataset.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "SpeechTranscription", SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechTranscription))]
    public sealed class NewSpeechTranscriptionCmdlet : WaitableCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        public string DisplayName { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BatchTranscriptionLocaleCompleter))]
        [ValidateNotNullOrEmpty]
        public string Locale { get; set; } = string.Empty;

        // The three content sources are not parameter sets: giving two gets a message that names them and says what to do.
        [Parameter]
        [Alias("ContentUrls")]
        public string[]? ContentUrl { get; set; }

        [Parameter]
        public string? ContentContainerUrl { get; set; }

        [Parameter]
        [SttReferenceTransformation("CsrDataset", AsSelf = true)]
        [Alias("DatasetId")]
        public string? Dataset { get; set; }

        // A model piped in binds here. Only one parameter takes pipeline input by value: PowerShell would bind a piped
        // object to every such parameter it can convert it to, and anything converts to a string.
        [Parameter(ValueFromPipeline = true)]
        [SttReferenceTransformation("CsrModel", "CsrBaseModel", AsSelf = true, Hint = "To transcribe the audio of a dataset, give it with -Dataset.")]
        [Alias("ModelId")]
        public string? Model { get; set; }

        [Parameter]
        public string? Description { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter]
        public Hashtable? CustomProperty { get; set; }

        [Parameter]
        public SwitchParameter Diarization { get; set; }

        [Parameter]
        public int MinSpeakers { get; set; }

        [Parameter]
        public int MaxSpeakers { get; set; }

        [Parameter]
        public SwitchParameter WordLevelTimestamps { get; set; }

        [Parameter]
        public SwitchParameter DisplayFormWordLevelTimestamps { get; set; }

        [Parameter]
        public SpeechPunctuationMode PunctuationMode { get; set; }

        [Parameter]
        public SpeechProfanityFilterMode ProfanityFilterMode { get; set; }

        [Parameter]
        public int[]? Channel { get; set; }

        [Parameter]
        public TimeSpan TimeToLive { get; set; }

        [Parameter]
        public string? DestinationContainerUrl { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(BatchTranscriptionLocaleCompleter))]
        public string[]? CandidateLocale { get; set; }

        [Parameter]
        public SpeechLanguageIdentificationMode LanguageIdentificationMode { get; set; }

        protected override void ProcessRecord()
        {
            var definition = new SpeechTranscriptionDefinition
            {
                DisplayName = DisplayName,
                Locale = Locale,
                Description = Description,
                ContentUrls = ContentUrl,
                ContentContainerUrl = ContentContainerUrl,
                Dataset = Dataset,
                Model = Model,
                Project = Project,
                CustomProperties = CsrCmdletHelpers.ToDictionary(CustomProperty),
                Diarization = Diarization,
                MinSpeakers = this.Given(nameof(MinSpeakers), MinSpeakers),
                MaxSpeakers = this.Given(nameof(MaxSpeakers), MaxSpeakers),
                WordLevelTimestamps = WordLevelTimestamps,
                DisplayFormWordLevelTimestamps = DisplayFormWordLevelTimestamps,
                PunctuationMode = this.Given(nameof(PunctuationMode), PunctuationMode)?.ToString(),
                ProfanityFilterMode = this.Given(nameof(ProfanityFilterMode), ProfanityFilterMode)?.ToString(),
                Channels = Channel,
                TimeToLive = this.Given(nameof(TimeToLive), TimeToLive),
                DestinationContainerUrl = DestinationContainerUrl,
                CandidateLocales = CandidateLocale,
                LanguageIdentificationMode = this.Given(nameof(LanguageIdentificationMode), LanguageIdentificationMode)?.ToString(),
            };
            // Most rules depend on the API version (time to live, speakers, projects), so all are checked once connected.
            var context = ResolveContext();
            if (!Checked(() => context.SpeechToText.CheckTranscription(definition), DisplayName))
                return;
            if (!ShouldProcess($"transcription '{DisplayName}' ({Locale})", "Transcribe " + What()))
                return;

            SpeechTranscription? transcription = null;
            Run(async ct => transcription = await context.SpeechToText.CreateTranscriptionAsync(definition, ct).ConfigureAwait(false), DisplayName);
            if (transcription != null)
            {
                WriteVerbose($"Transcription '{DisplayName}' created: {transcription.Id} ({transcription.Status}).");
                Deliver(transcription, context);
            }
        }

        private string What()
        {
            if (ContentUrl != null)
                return ContentUrl.Length == 1 ? SecretRedactor.RedactSasUrl(ContentUrl[0]) : $"{ContentUrl.Length} audio files";
            if (ContentContainerUrl != null)
                return "the audio in " + SecretRedactor.RedactSasUrl(ContentContainerUrl);
            return "the audio of dataset " + EntityId.FromSelf(Dataset);
        }
    }
}
