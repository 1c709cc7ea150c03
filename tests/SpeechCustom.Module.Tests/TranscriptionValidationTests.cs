using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>Bad input to every transcription, endpoint and web hook cmdlet gets a message saying how to fix it, and no request is sent.</summary>
public sealed class TranscriptionValidationTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private const string Guid1 = "9f50c644-2121-40e9-9ea7-544e48bfe3cb";
    private const string Url = "https://contoso.blob.core.windows.net/calls/a.wav";

    public static TheoryData<string, string, string, string> BadInput => new()
    {
        // New-SpeechTranscription
        { "2025-10-15", $"New-SpeechTranscription t -Locale english -ContentUrl {Url}", "InvalidLocale", "en-US" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Model 'my-model'", "InvalidId", "GUID" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Model 'https://x.cognitiveservices.azure.com/speechtotext/datasets/{Guid1}'", "InvalidReference", "model" },
        { "2025-10-15", "$many = 0..1000 | ForEach-Object { \"https://contoso.blob.core.windows.net/c/$_.wav\" }; New-SpeechTranscription t -Locale en-US -ContentUrl $many", "TooManyContentUrls", "at most 1000" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Dataset {Guid1}", "OnlyOneOfUrlsOrContainerOrDataset", "exactly one of -ContentUrl" },
        { "2025-10-15", "New-SpeechTranscription t -Locale en-US", "MissingContent", "-ContentContainerUrl" },
        { "2025-10-15", "New-SpeechTranscription t -Locale en-US -ContentUrl 'http://contoso.blob.core.windows.net/calls/a.wav'", "InsecureUrl", "https" },
        { "2025-10-15", "New-SpeechTranscription t -Locale en-US -ContentContainerUrl 'https://contoso.blob.core.windows.net/calls?sp=r&sig=x'", "InsufficientSasPermissions", "read and list" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -TimeToLive ([timespan]::FromHours(5))", "InvalidTimeToLive", "6 and 744 hours" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -TimeToLive ([timespan]::FromDays(32))", "InvalidTimeToLive", "6 and 744 hours" },
        { "v3.2", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -TimeToLive ([timespan]::FromHours(5))", "InvalidTimeToLive", "6 hours and 31 days" },
        { "2024-11-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -TimeToLive ([timespan]::FromMinutes(450))", "InvalidTimeToLive", "whole number of hours" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Diarization -MaxSpeakers 36", "InvalidSpeakerCount", "2 to 35" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Diarization -MaxSpeakers 1", "InvalidSpeakerCount", "2 to 35" },
        { "v3.2", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Diarization -MinSpeakers 4 -MaxSpeakers 3", "InvalidSpeakerCount", "more than -MaxSpeakers" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -MaxSpeakers 3", "DiarizationNotEnabled", "-Diarization" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -CandidateLocale en-US", "InvalidCandidateLocales", "2 to 10" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -CandidateLocale en-US, deutsch", "InvalidLocale", "-CandidateLocale" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -LanguageIdentificationMode Single", "MissingCandidateLocales", "-CandidateLocale" },
        { "2024-11-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -Project {Guid1}", "ProjectsNotSupported", "2025-10-15" },
        { "2025-10-15", $"New-SpeechTranscription t -Locale en-US -ContentUrl {Url} -PunctuationMode Loud", "CannotConvertArgumentNoMessage", "DictatedAndAutomatic" },
        // Get-/Set-/Remove-SpeechTranscription, files, results, locales
        { "2025-10-15", "Get-SpeechTranscription -Id 'not-a-guid'", "InvalidId", "GUID" },
        { "2025-10-15", "Get-SpeechTranscription -Locale english", "InvalidLocale", "en-US" },
        { "2025-10-15", $"Set-SpeechTranscription -Id {Guid1}", "NothingToUpdate", "-DisplayName" },
        { "2025-10-15", "Set-SpeechTranscription -Id 'x' -DisplayName y", "InvalidId", "GUID" },
        { "2025-10-15", "Remove-SpeechTranscription -Id 'x' -Force", "InvalidId", "GUID" },
        { "2025-10-15", "Get-SpeechTranscriptionFile -Id 'x'", "InvalidId", "GUID" },
        { "2025-10-15", "Receive-SpeechTranscriptionResult -Id 'x'", "InvalidId", "GUID" },
        { "2025-10-15", "Get-SpeechTranscriptionLocale -Locale 'en-[US'", "InvalidWildcard", "wildcard" },
        // Invoke-SpeechTranscription
        { "2025-10-15", "Invoke-SpeechTranscription -Path $missing", "FileNotFound", "does not exist" },
        { "2025-10-15", "'https://contoso.blob.core.windows.net/calls/a.wav' | Invoke-SpeechTranscription", "InvalidPath", "give a URL with -AudioUrl" },
        { "2025-10-15", "New-CsrDataset d -Kind Acoustic -Locale en-US -Path 'https://contoso.blob.core.windows.net/a.zip'", "InvalidPath", "give a URL with -ContentUrl" },
        { "2025-10-15", "New-SpeechTranscription t -Locale en-US -ContentUrl 'https://contoso.blob.core.windows.net/calls/a.wav?sp=r&sig=REDACTED'", "MaskedUrl", "SAS signature is masked" },
        { "2025-10-15", "Invoke-SpeechTranscription -Path $empty", "EmptyFile", "empty" },
        { "2025-10-15", "Invoke-SpeechTranscription -Path $text", "UnsupportedAudioFormat", ".wav" },
        { "v3.2", "Invoke-SpeechTranscription -Path $wav", "NotSupportedByApiVersion", "2025-10-15" },
        { "2024-11-15", "Invoke-SpeechTranscription -AudioUrl 'https://contoso.blob.core.windows.net/calls/a.wav'", "NotSupportedByApiVersion", "2025-10-15" },
        { "2025-10-15", "Invoke-SpeechTranscription -Path $wav -Diarization -MaxSpeakers 40", "InvalidSpeakerCount", "2 to 35" },
        { "2025-10-15", "Invoke-SpeechTranscription -Path $wav -Channel 0, 1, 2", "InvalidChannels", "at most 2" },
        { "2025-10-15", "Invoke-SpeechTranscription -Path $wav -EnhancedMode -EnhancedTask Translate", "MissingTargetLanguage", "-TargetLanguage" },
        // Endpoints and their logs
        { "2025-10-15", $"New-CsrEndpoint e -Locale english -Model {Guid1}", "InvalidLocale", "en-US" },
        { "2025-10-15", "New-CsrEndpoint e -Locale en-US -Model 'not-a-guid'", "InvalidId", "GUID" },
        { "2025-10-15", $"New-CsrEndpoint e -Locale en-US -Model {Guid1} -Text 'adaptation'", "NotSupportedByApiVersion", "v3.2" },
        { "v3.2", $"New-CsrEndpoint e -Locale en-US -Model {Guid1} -TimeToLive ([timespan]::FromDays(40))", "InvalidTimeToLive", "31 days" },
        { "2025-10-15", "Get-CsrEndpoint -Id 'x'", "InvalidId", "GUID" },
        { "2025-10-15", $"Set-CsrEndpoint -Id {Guid1}", "NothingToUpdate", "-LoggingEnabled" },
        { "2025-10-15", "Remove-CsrEndpoint -Id 'x' -Force", "InvalidId", "GUID" },
        { "2025-10-15", $"Get-CsrEndpointLog -EndpointId {Guid1}", "EndpointLogsNotSupported", "v3.2" },
        { "v3.2", $"Remove-CsrEndpointLog -EndpointId {Guid1} -LogId 'a/b' -Force", "InvalidLogId", "Get-CsrEndpointLog" },
        { "v3.2", "Get-CsrEndpointLog -EndpointId 'x'", "InvalidId", "GUID" },
        { "v3.2", "Get-CsrEndpointLog -BaseModelLocale english", "InvalidLocale", "en-US" },
        { "2025-10-15", "Remove-CsrEndpointLog -BaseModelLocale en-US -All -Force", "EndpointLogsNotSupported", "v3.2" },
        { "v3.2", "[pscustomobject]@{ Self = 'https://contoso.cognitiveservices.azure.com/speechtotext/v3.2/endpoints' } | Remove-CsrEndpointLog -Force", "InvalidLog", "Get-CsrEndpointLog" },
        // Web hooks
        { "2025-10-15", "New-SpeechWebHook h -WebUrl 'http://contoso.com/hook' -Event TranscriptionCompletion", "InsecureUrl", "https" },
        { "2025-10-15", "New-SpeechWebHook h -WebUrl 'contoso.com/hook' -Event TranscriptionCompletion", "InvalidUrl", "https" },
        { "2025-10-15", "New-SpeechWebHook h -WebUrl 'https://contoso.com/hook' -Event TranscriptionDone", "InvalidWebHookEvent", "TranscriptionCompletion" },
        { "2025-10-15", "Get-SpeechWebHook -Id 'x'", "InvalidId", "GUID" },
        { "2025-10-15", $"Set-SpeechWebHook -Id {Guid1} -DisplayName renamed", "SecretRequired", "-RemoveSecret" },
        { "2025-10-15", "Remove-SpeechWebHook -Id 'x' -Force", "InvalidId", "GUID" },
        { "2025-10-15", "Test-SpeechWebHook -Id 'x'", "InvalidId", "GUID" },
        { "2025-10-15", "Test-SpeechWebHookSignature -Body 42 -Signature abc -Secret (ConvertTo-SecureString 'webhook-secret' -AsPlainText -Force)", "InvalidBody", "bytes" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_rejected_with_a_clear_message_before_any_request(string version, string command, string errorId, string hint)
    {
        using var audio = new CustomVoiceAudioFolder();
        using var session = new ModuleSession();
        session.Run(Connect(mock, version));
        var before = mock.Server.Requests.Count;

        var result = session.Run(command, new Dictionary<string, object?>
        {
            ["missing"] = audio.Missing("missing.wav"),
            ["empty"] = audio.Text("empty.wav", ""),
            ["text"] = audio.Text("notes.txt", "not audio"),
            ["wav"] = audio.Wav("call.wav", "CALL"),
        });

        var error = result.FirstError;
        Assert.NotNull(error);
        Assert.StartsWith(errorId, error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(hint, error.ToString());
        Assert.Equal(before, mock.Server.Requests.Count);
        Assert.Empty(result.Output);
    }
}
