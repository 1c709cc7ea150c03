using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>Custom speech endpoints: a model piped in is deployed with its locale; endpoints pipe into Get, Set and Remove, and nothing else does.</summary>
public sealed class CsrEndpointTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void A_base_model_piped_in_is_deployed_with_its_locale_and_the_endpoint_pipes_into_Get_Set_and_Remove()
    {
        var name = MockFixture.NewId("calls");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($$"""
            $model = Get-CsrBaseModel -Locale en-US -Latest
            $endpoint = $model | New-CsrEndpoint -DisplayName '{{name}}' -Description 'contact center' -CustomProperty @{ team = 'calls' } -Wait -PollingIntervalSec 0.2
            $endpoint.PSTypeNames[0]; $endpoint.Status; $endpoint.Locale; $endpoint.ModelId -eq $model.Id; [bool]$endpoint.Links.WebSocket
            $endpoint | Out-Host
            $endpoint | Set-CsrEndpoint -DisplayName '{{name}}-renamed' -LoggingEnabled:$false -PassThru | ForEach-Object DisplayName
            (Get-CsrEndpoint -DisplayName '{{name}}-renamed').Id -eq $endpoint.Id
            $endpoint | Get-CsrEndpoint | ForEach-Object { $_.CustomProperties['team'] }
            $endpoint | Remove-CsrEndpoint -Force
            @(Get-CsrEndpoint -DisplayName '{{name}}-renamed').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "SpeechCustom.CsrEndpoint", "Succeeded", "en-US", true, true, name + "-renamed", true, "calls", 0 }, result.BaseObjects);
        AssertTableHeader(result.HostText, "Id", "DisplayName", "Locale", "Model", "Status", "Logging", "Error");

        var requests = Since(mock.Server.Requests, before);
        var create = BodyOf(Assert.Single(requests, r => r.Method == "POST" && r.Path == "/speechtotext/endpoints"));
        Assert.Contains("/models/base/", create.GetProperty("model").GetProperty("self").GetString());
        Assert.Equal("en-US", create.GetProperty("locale").GetString());
        var patch = BodyOf(Assert.Single(requests, r => r.Method == "PATCH"));
        Assert.False(patch.GetProperty("properties").GetProperty("contentLoggingEnabled").GetBoolean());
        Assert.Equal(name + "-renamed", patch.GetProperty("displayName").GetString());
        Assert.Single(requests, r => r.Method == "DELETE" && r.Path.StartsWith("/speechtotext/endpoints/", StringComparison.Ordinal) && r.Status == 204);
    }

    [Fact]
    public async Task On_v3_2_adaptation_text_and_a_time_to_live_are_sent_in_that_version_s_shape()
    {
        var model = await TranscriptionCatalog.BaseModelUrlAsync(mock);
        using var session = new ModuleSession();
        session.Run(Connect(mock, "v3.2"));
        var before = mock.Server.Requests.Count;

        var result = session.Run($"New-CsrEndpoint -DisplayName '{MockFixture.NewId("v32")}' -Locale en-US -Model '{model}' -Text 'Contoso Jessica' -TimeToLive ([timespan]::FromDays(2)) -LoggingEnabled | ForEach-Object {{ $_.Properties.TimeToLive }}");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(TimeSpan.FromDays(2), Assert.Single(result.BaseObjects));
        var create = Assert.Single(Since(mock.Server.Requests, before), r => r.Method == "POST");
        Assert.Equal("/speechtotext/v3.2/endpoints", create.Path);
        var body = BodyOf(create);
        Assert.Contains("/speechtotext/v3.2/models/base/", body.GetProperty("model").GetProperty("self").GetString());
        Assert.Equal("Contoso Jessica", body.GetProperty("text").GetString());
        Assert.Equal(("P2D", true), (body.GetProperty("properties").GetProperty("timeToLive").GetString(), body.GetProperty("properties").GetProperty("loggingEnabled").GetBoolean()));
    }

    [Fact]
    public void Objects_of_another_kind_are_refused_and_nothing_is_sent()
    {
        var name = MockFixture.NewId("kinds");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var setup = session.Run($"New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{name}' -ContentUrl 'https://contoso.blob.core.windows.net/speech/a.zip?{MockFixture.Sas}'");
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var before = mock.Server.Requests.Count;

        var result = session.Run("""
            $dataset = Get-CsrDataset -First 1
            $dataset | Remove-CsrEndpoint -Force
            $dataset | Get-SpeechTranscription
            $dataset | New-CsrEndpoint -DisplayName wrong -Locale en-US
            """);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Contains("CsrDataset", e.ToString()));
        Assert.DoesNotContain(Since(mock.Server.Requests, before), r => r.Method != "GET");
        Assert.Single(Since(mock.Server.Requests, before));
    }
}
