using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Bad input gets a clear error and no request reaches the service.</summary>
public sealed class ValidationTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private string Blob => $"https://contoso.blob.core.windows.net/voicedata?{MockFixture.Sas}";

    public static TheoryData<string, string, string> BadInput => new()
    {
        { "New-TrainingSetUpload -TrainingSetId 'x' -Kind AudioOnly -Audios $wav", "InvalidId", "3 to 64 characters" },
        { "New-TrainingSetUpload -TrainingSetId 'has space' -Kind AudioOnly -Audios $wav", "InvalidId", "3 to 64 characters" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind AudioAndScript -Audios $wav", "MissingScripts", "-Scripts" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind AudioOnly -Audios $wav -OperationId 'bad id!'", "InvalidId", "-OperationId" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind AudioAndScript -Audios $wav -Scripts $txt -ProcessAs Contextual", "InvalidProcessAs", "LongAudio and AudioOnly" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind AudioAndScript -Audios $wav -Scripts $wav", "InvalidExtension", "-Extension .txt" },
        { "New-TrainingSetUpload -TrainingSetId 'jessica-300' -Kind Bogus -Audios $wav", "CannotConvertArgumentNoMessage", "AudioAndScript, LongAudio, AudioOnly" },
        { "New-PersonalVoice -Id 'v' -ProjectId 'PersonalVoice' -ConsentId 'Jessica' -Audios $wav", "InvalidId", "-Id" },
        { "New-PersonalVoice -Id 'voice-1' -ProjectId 'PersonalVoice' -ConsentId 'Jes sica' -Audios $wav", "InvalidId", "-ConsentId" },
        { "New-CsrDataset -Kind Acoustic -Locale english -DisplayName d -ContentUrl 'https://contoso.blob.core.windows.net/d/a.zip'", "InvalidLocale", "en-US" },
        { "New-CsrDataset -Kind Speech -Locale en-US -DisplayName d -ContentUrl 'https://contoso.blob.core.windows.net/d/a.zip'", "CannotConvertArgumentNoMessage", "Acoustic" },
        { "New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName d -ContentUrl 'http://contoso.blob.core.windows.net/d/a.zip'", "InsecureUrl", "https" },
        { "Get-CsrDataset -Id 'not-a-guid'", "InvalidId", "GUID" },
        { "Get-SpeechOperation -Id 'a b'", "InvalidId", "-Id" },
        { "New-SpeechBlobSource -ContainerUrl 'ftp://contoso/x' -Extension .wav", "InvalidUrl", "https" },
        { "New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/c' -Extension '.w a v'", "InvalidExtension", ".wav" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_is_rejected_with_a_clear_message_before_any_request(string command, string errorId, string hint)
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($"$wav = New-SpeechBlobSource -ContainerUrl '{Blob}' -Extension .wav\n$txt = New-SpeechBlobSource -ContainerUrl '{Blob}' -Extension .txt\n{command}");

        var error = result.FirstError;
        Assert.NotNull(error);
        Assert.StartsWith(errorId, error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(hint, error.ToString());
        Assert.Equal(before, mock.Server.Requests.Count);
        Assert.Empty(result.Output);
    }

    [Theory]
    [InlineData("http://contoso.cognitiveservices.azure.com", "InsecureEndpoint")]
    [InlineData("https://contoso.cognitiveservices.azure.com/speechtotext", "InvalidEndpoint")]
    public void Connect_refuses_an_endpoint_that_would_leak_the_key(string endpoint, string errorId)
    {
        using var session = new ModuleSession();
        var result = session.Run($"Connect-SpeechService -Endpoint '{endpoint}' -Key (ConvertTo-SecureString $env:{mock.KeyVariable} -AsPlainText -Force)");
        var record = Assert.IsType<ErrorRecord>(result.FirstError);
        Assert.StartsWith(errorId, record.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("https", record.ToString());
        Assert.Null(session.Run("Get-SpeechContext").Output.FirstOrDefault());
    }

    [Fact]
    public void Connect_rejects_an_unknown_api_version_and_offers_completion_of_the_known_ones()
    {
        using var session = new ModuleSession();
        var result = session.Run($"Connect-SpeechService -Endpoint '{mock.Server.Endpoint}' -Key (ConvertTo-SecureString $env:{mock.KeyVariable} -AsPlainText -Force) -SpeechToTextApiVersion v9");
        var record = Assert.IsType<ErrorRecord>(result.FirstError);
        Assert.StartsWith("UnsupportedApiVersion", record.FullyQualifiedErrorId, StringComparison.Ordinal);

        const string typed = "Connect-SpeechService -SpeechToTextApiVersion ";
        var completion = session.Run($"(TabExpansion2 -inputScript '{typed}' -cursorColumn {typed.Length}).CompletionMatches.CompletionText");
        Assert.Equal(new object[] { "2025-10-15", "2024-11-15", "v3.2" }, completion.Output.Select(o => o.BaseObject));
    }
}

/// <summary>Tests that change process-wide environment variables run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class NotConnectedTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void Without_a_connection_or_environment_a_cmdlet_says_how_to_connect_and_sends_nothing()
    {
        var saved = new[] { "SPEECH_KEY", "SPEECH_REGION", "SPEECH_ENDPOINT" }.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        foreach (var name in saved.Keys)
            Environment.SetEnvironmentVariable(name, null);
        try
        {
            using var session = new ModuleSession();
            var before = mock.Server.Requests.Count;
            var result = session.Run("Get-CsrDataset");
            var record = Assert.IsType<ErrorRecord>(result.FirstError);
            Assert.StartsWith("NotConnected", record.FullyQualifiedErrorId, StringComparison.Ordinal);
            Assert.Contains("Connect-SpeechService", record.ToString());
            Assert.Equal(before, mock.Server.Requests.Count);
        }
        finally
        {
            foreach (var (name, value) in saved)
                Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Fact]
    public void SPEECH_KEY_and_SPEECH_ENDPOINT_are_used_when_not_connected()
    {
        Environment.SetEnvironmentVariable("SPEECH_ENDPOINT", mock.Server.Endpoint.ToString());
        Environment.SetEnvironmentVariable("SPEECH_KEY", mock.Server.Key);
        try
        {
            using var session = new ModuleSession();
            var result = session.Run("(Get-SpeechContext).Endpoint; @(Get-CsrDataset -First 1).Count -le 1");
            Assert.Empty(result.Errors);
            Assert.Equal(new Uri(mock.Server.Endpoint.ToString()), result.Output[0].BaseObject);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SPEECH_ENDPOINT", null);
            Environment.SetEnvironmentVariable("SPEECH_KEY", null);
        }
    }
}
