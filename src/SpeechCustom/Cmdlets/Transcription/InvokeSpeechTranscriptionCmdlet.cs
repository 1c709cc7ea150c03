using System;
using System.Collections.Generic;
using System.Management.Automation;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Transcription;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Transcription
{
    /// <summary>
    /// <para type="synopsis">Transcribes local audio files at once with fast transcription (API version 2024-11-15 and later).</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "SpeechTranscription", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(SpeechTranscriptionResult))]
    public sealed class InvokeSpeechTranscriptionCmdlet : SpeechServiceCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";
        private const string UrlSet = "AudioUrl";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Files piped from Get-ChildItem bind here (by FullName/PSPath), so names with [ ] are taken as they are.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName", "PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = new string[0];

        [Parameter(Mandatory = true, ParameterSetName = UrlSet)]
        [ValidateNotNullOrEmpty]
        public string AudioUrl { get; set; } = string.Empty;

        [Parameter]
        [ArgumentCompleter(typeof(FastTranscriptionLocaleCompleter))]
        public string[]? Locale { get; set; }

        [Parameter]
        public SpeechProfanityFilterMode ProfanityFilterMode { get; set; }

        [Parameter]
        public SwitchParameter Diarization { get; set; }

        [Parameter]
        public int MaxSpeakers { get; set; }

        [Parameter]
        public int[]? Channel { get; set; }

        [Parameter]
        public string[]? PhraseList { get; set; }

        [Parameter]
        public double PhraseListWeight { get; set; }

        [Parameter]
        public SwitchParameter EnhancedMode { get; set; }

        [Parameter]
        public SpeechEnhancedTask EnhancedTask { get; set; }

        [Parameter]
        public string? TargetLanguage { get; set; }

        [Parameter]
        public string[]? Prompt { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == UrlSet)
            {
                Transcribe(Options(null, AudioUrl), AudioUrl);
                return;
            }
            if (ParameterSetName == LiteralPathSet)
            {
                foreach (var path in LiteralPath)
                {
                    if (TryLocalPath(path, "LiteralPath", "AudioUrl", out var file))
                        Transcribe(Options(file, null), file);
                }
                return;
            }
            foreach (var path in Path)
            {
                foreach (var file in Resolve(path))
                    Transcribe(Options(file, null), file);
            }
        }

        private void Transcribe(FastTranscriptionOptions options, string target)
        {
            var context = ResolveContext();
            if (!Checked(() => context.SpeechToText.CheckFastTranscription(options), target))
                return;
            // Billed work: -WhatIf lists what would be transcribed (the input is already checked) and sends nothing.
            if (!ShouldProcess(target, "Transcribe"))
                return;
            Run(async ct => Emit(await context.SpeechToText.TranscribeAsync(options, ct).ConfigureAwait(false)), target);
        }

        /// <summary>PowerShell paths (relative, ~, wildcards) as file system paths; a missing file is left for the engine to report.</summary>
        private IEnumerable<string> Resolve(string path)
        {
            if (!WildcardPattern.ContainsWildcardCharacters(path))
                return TryLocalPath(path, "Path", "AudioUrl", out var file) ? new[] { file } : new string[0];
            try
            {
                var files = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _);
                if (files.Count > 0)
                    return files;
            }
            catch (Exception e) when (e is SessionStateException || e is ProviderInvocationException || e is NotSupportedException)
            {
                // Reported below, like a pattern that matches nothing.
            }
            WriteError(ErrorRecords.From(new Engine.Errors.SpeechInputException("FileNotFound", $"No file matches '{path}' given to -Path.", "Path"), path));
            return new string[0];
        }

        private FastTranscriptionOptions Options(string? path, string? url) => new FastTranscriptionOptions
        {
            Path = path,
            AudioUrl = url,
            Locales = Locale,
            ProfanityFilterMode = this.Given(nameof(ProfanityFilterMode), ProfanityFilterMode)?.ToString(),
            Diarization = Diarization,
            MaxSpeakers = this.Given(nameof(MaxSpeakers), MaxSpeakers),
            Channels = Channel,
            PhraseList = PhraseList,
            PhraseListWeight = this.Given(nameof(PhraseListWeight), PhraseListWeight),
            EnhancedMode = EnhancedMode,
            EnhancedTask = this.Given(nameof(EnhancedTask), EnhancedTask)?.ToString().ToLowerInvariant(),
            TargetLanguage = TargetLanguage,
            Prompts = Prompt,
        };
    }
}
