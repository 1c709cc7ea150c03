using System.Text.RegularExpressions;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>With -Verbose and -Debug, no stream and no exception shows a key, a token or a SAS signature.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class SecretTests(TlsMockFixture mock) : IClassFixture<TlsMockFixture>
{
    private const string Signature = "PipelineSAS%2Bsecret%3D";

    [Fact]
    public async Task No_stream_of_a_key_authenticated_run_contains_the_key_or_a_signature()
    {
        var project = MockFixture.NewId("Secrets");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        mock.Server.Failures.Add(project + "-300");
        using var session = new ModuleSession();

        var result = session.Run(Script(project, mock.ConnectWithKey));

        Assert.NotEmpty(result.Debug);
        Assert.Contains(result.Debug, d => d.Contains("Ocp-Apim-Subscription-Key: REDACTED"));
        Assert.Contains(result.Debug, d => d.Contains("sig=REDACTED"));
        Assert.NotEmpty(result.Errors);
        AssertClean(result.AllText(), mock.Server.Key);
    }

    [Fact]
    public async Task No_stream_of_a_token_authenticated_run_contains_the_token()
    {
        var project = MockFixture.NewId("Tokens");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        var token = await MintTokenAsync();
        using var session = new ModuleSession();

        Environment.SetEnvironmentVariable("SPEECHCUSTOM_TEST_TOKEN", token);
        RunResult result;
        try
        {
            result = session.Run(Script(project, $"Connect-SpeechService -Endpoint '{mock.Server.HttpsEndpoint}' -AccessToken (ConvertTo-SecureString $env:SPEECHCUSTOM_TEST_TOKEN -AsPlainText -Force)"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("SPEECHCUSTOM_TEST_TOKEN", null);
        }

        Assert.Contains(mock.Server.Requests, r => r.AuthKind == MockServer.MockAuthKind.Bearer && r.Headers.Values.Any(v => v.Contains(token)));
        Assert.Contains(result.Debug, d => d.Contains("Authorization: REDACTED"));
        AssertClean(result.AllText(), token);
    }

    private string Script(string project, string connect) => $$"""
        {{connect}} -Verbose -Debug
        $DebugPreference = 'Continue'
        $VerbosePreference = 'Continue'
        $src = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/voicedata?{{MockFixture.Sas}}' -Extension .wav
        $src
        New-TrainingSetUpload -TrainingSetId '{{project}}-300' -Kind AudioOnly -Audios $src -Verbose -Debug | Wait-SpeechOperation -PollingIntervalSec 0.2 -Verbose -Debug
        New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{{project}}-ds' -ContentUrl 'https://contoso.blob.core.windows.net/speech/a.zip?{{MockFixture.Sas}}' -Wait -PollingIntervalSec 0.2 -Verbose -Debug
        Get-SpeechOperation -Id 'no-such-operation' -Verbose -Debug
        Get-SpeechContext
        try { Connect-SpeechService -Endpoint 'http://contoso.example.com' -Key (ConvertTo-SecureString $env:{{mock.KeyVariable}} -AsPlainText -Force) } catch { $_ }
        """;

    private static void AssertClean(string everything, string secret)
    {
        Assert.DoesNotContain(secret, everything);
        Assert.DoesNotContain(Signature, everything);
        // A SAS signature in a URL (also JSON-escaped) that is not masked.
        Assert.DoesNotMatch(new Regex(@"(?:[?&;]|\\u0026|%26)sig=(?!REDACTED)", RegexOptions.IgnoreCase), everything);
    }

    private async Task<string> MintTokenAsync()
    {
        // A token issued by the mock's managed-identity endpoint, as IMDS/App Service would issue one.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(mock.Server.Endpoint, "msi/token?api-version=2019-08-01&resource=https://cognitiveservices.azure.com"));
        request.Headers.Add("X-IDENTITY-HEADER", mock.Server.Options.IdentityHeader);
        using var response = await http.SendAsync(request);
        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("access_token").GetString()!;
    }
}
