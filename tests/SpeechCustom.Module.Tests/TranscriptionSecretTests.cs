using System.Text.RegularExpressions;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// With -Verbose and -Debug (every HTTP request and response traced), no stream of the transcription, endpoint and web
/// hook cmdlets shows the key, a SAS signature (the user's or the service's result URLs) or a web hook secret.
/// </summary>
public sealed class TranscriptionSecretTests(MockFixture mock) : IClassFixture<MockFixture>, IDisposable
{
    private readonly string secretVariable = "SPEECHCUSTOM_TEST_HOOK_SECRET_" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose() => Environment.SetEnvironmentVariable(secretVariable, null);

    [Fact]
    public async Task Nothing_secret_shows_in_any_stream_even_with_Debug()
    {
        var secret = "hook-" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(secretVariable, secret);
        await using var receiver = await WebHookTestReceiver.StartAsync();
        using var audio = new CustomVoiceAudioFolder();
        var wav = audio.Wav("call.wav", "CALL");
        var name = MockFixture.NewId("secrets");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var blobsBefore = mock.Server.BlobRequests.Count;

        var result = session.Run($$"""
            $DebugPreference = 'Continue'
            {{AudioUrls(3, 2)}}
            $hook = New-SpeechWebHook -DisplayName '{{name}}' -WebUrl '{{receiver.Url}}' -Event TranscriptionCompletion -Secret (ConvertTo-SecureString $env:{{secretVariable}} -AsPlainText -Force) -Wait -PollingIntervalSec 0.2 -Verbose -Debug
            $hook | Set-SpeechWebHook -Secret (ConvertTo-SecureString $env:{{secretVariable}} -AsPlainText -Force) -PassThru -Verbose -Debug
            $job = New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls -DestinationContainerUrl 'https://contoso.blob.core.windows.net/out?sp=rwl&sig=DestinationSAS%3D' -Wait -PollingIntervalSec 0.2 -Verbose -Debug
            $job
            $job | Get-SpeechTranscriptionFile -Verbose -Debug
            $job | Receive-SpeechTranscriptionResult -IncludeReport -Verbose -Debug
            Invoke-SpeechTranscription -Path '{{wav}}' -Verbose -Debug
            Get-CsrBaseModel -Locale en-US -Latest | New-CsrEndpoint -DisplayName '{{name}}' -Wait -PollingIntervalSec 0.2 -Verbose -Debug
            $hook | Remove-SpeechWebHook -Force -Verbose -Debug
            """);

        Assert.Null(result.Terminating);
        Assert.Single(result.Errors); // the failed audio, reported on its own
        Assert.NotEmpty(result.Debug);
        Assert.True(mock.Server.BlobRequests.Count > blobsBefore, "result files were downloaded (and traced)");
        var text = result.AllText();
        Assert.DoesNotContain(mock.Server.Key, text);
        Assert.DoesNotContain(secret, text);
        Assert.DoesNotContain(SasSignature, text);
        Assert.DoesNotContain("DestinationSAS", text);
        // A SAS signature is URL-encoded base64, so it ends at the first character outside that alphabet.
        var signatures = Regex.Matches(text, @"sig(=|%3D)([A-Za-z0-9%+/=_-]+)", RegexOptions.IgnoreCase).ToList();
        Assert.NotEmpty(signatures);
        Assert.All(signatures, m => Assert.True(m.Groups[2].Value == "REDACTED",
            "an unredacted signature: " + text.Substring(Math.Max(0, m.Index - 120), Math.Min(240, text.Length - Math.Max(0, m.Index - 120)))));
    }
}
