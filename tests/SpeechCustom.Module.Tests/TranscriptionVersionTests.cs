using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// One script for every speech-to-text version: the module sends each version's shape (POST /transcriptions with
/// diarizationEnabled and an ISO time to live on v3.2, transcriptions:submit with diarization {enabled, maxSpeakers} and
/// timeToLiveHours later) and reads every answer into the same objects. Endpoint logs exist on v3.2 only.
/// </summary>
public sealed class TranscriptionVersionTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private static string Script(string name) => $$"""
        {{AudioUrls(5)}}
        $job = New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls -Diarization -MaxSpeakers 3 -WordLevelTimestamps `
            -PunctuationMode DictatedAndAutomatic -ProfanityFilterMode Masked -Channel 0 -TimeToLive ([timespan]::FromDays(2)) -Wait -PollingIntervalSec 0.2
        $results = @($job | Receive-SpeechTranscriptionResult)
        $job.Status
        $job.Properties.TimeToLive
        $job.Properties.DiarizationEnabled
        $job.Properties.MaxSpeakers
        $job.Properties.Duration -gt [timespan]::Zero
        $results.Count
        @($results | Where-Object { $null -ne $_.Phrases[0].Speaker -and $_.Phrases[0].Words.Count -gt 0 }).Count
        """;

    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("2024-11-15")]
    [InlineData("v3.2")]
    public void The_same_transcription_script_runs_unchanged_on_every_version(string version)
    {
        var name = MockFixture.NewId("same-" + version);
        using var session = new ModuleSession();
        session.Run(Connect(mock, version));
        var before = mock.Server.Requests.Count;

        var result = session.Run(Script(name));

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "Succeeded", TimeSpan.FromDays(2), true, 3, true, 5, 5 }, result.BaseObjects);

        var create = Assert.Single(Since(mock.Server.Requests, before), r => r.Method == "POST");
        var properties = BodyOf(create).GetProperty("properties");
        if (version == "v3.2")
        {
            Assert.Equal("/speechtotext/v3.2/transcriptions", create.Path);
            Assert.True(properties.GetProperty("diarizationEnabled").GetBoolean());
            Assert.Equal(3, properties.GetProperty("diarization").GetProperty("speakers").GetProperty("maxCount").GetInt32());
            Assert.Equal("P2D", properties.GetProperty("timeToLive").GetString());
            Assert.False(properties.TryGetProperty("timeToLiveHours", out _));
        }
        else
        {
            Assert.Equal("/speechtotext/transcriptions:submit", create.Path);
            Assert.Contains("api-version=" + version, create.PathAndQuery);
            var diarization = properties.GetProperty("diarization");
            Assert.Equal((true, 3), (diarization.GetProperty("enabled").GetBoolean(), diarization.GetProperty("maxSpeakers").GetInt32()));
            Assert.Equal(48, properties.GetProperty("timeToLiveHours").GetInt32());
            Assert.False(properties.TryGetProperty("diarizationEnabled", out _));
            Assert.False(properties.TryGetProperty("timeToLive", out _));
        }
        Assert.True(properties.GetProperty("wordLevelTimestampsEnabled").GetBoolean());
        Assert.Equal(new[] { 0 }, properties.GetProperty("channels").EnumerateArray().Select(c => c.GetInt32()));
    }

    [Theory]
    [InlineData("2025-10-15", 48)]
    [InlineData("2024-11-15", 48)]
    [InlineData("v3.2", null)]
    public void Without_a_time_to_live_the_required_48_hours_are_sent_only_where_the_version_requires_a_value(string version, int? hours)
    {
        using var session = new ModuleSession();
        session.Run(Connect(mock, version));
        var before = mock.Server.Requests.Count;
        var result = session.Run($"{AudioUrls(1)}\nNew-SpeechTranscription -DisplayName '{MockFixture.NewId("ttl")}' -Locale en-US -ContentUrl $urls | ForEach-Object Status");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        var properties = BodyOf(Assert.Single(Since(mock.Server.Requests, before), r => r.Method == "POST")).GetProperty("properties");
        Assert.Equal(hours, properties.TryGetProperty("timeToLiveHours", out var sent) ? sent.GetInt32() : null);
        Assert.False(properties.TryGetProperty("timeToLive", out _));
    }

    [Fact]
    public async Task Endpoint_logs_work_on_v3_2_and_explain_themselves_on_2025_10_15()
    {
        var model = await TranscriptionCatalog.BaseModelUrlAsync(mock);
        var name = MockFixture.NewId("logged");
        using var session = new ModuleSession();
        session.Run(Connect(mock, "v3.2"));
        var before = mock.Server.Requests.Count;

        var v32 = session.Run($$"""
            $endpoint = New-CsrEndpoint -DisplayName '{{name}}' -Locale en-US -Model '{{model}}' -LoggingEnabled -Wait -PollingIntervalSec 0.2
            $logs = @($endpoint | Get-CsrEndpointLog)
            $logs.Count -gt 0
            @($logs | Where-Object { $_.PSTypeNames[0] -eq 'SpeechCustom.CsrFile' -and $_.Kind -in 'Audio', 'Transcription' }).Count -eq $logs.Count
            $endpoint | Get-CsrEndpointLog -LogId $logs[0].Id | ForEach-Object Name
            $endpoint | Remove-CsrEndpointLog -LogId $logs[0].Id -Force
            $logs[1..2] | Remove-CsrEndpointLog -Force
            $endpoint | Remove-CsrEndpointLog -EndDate ([datetime]'2026-03-15') -Force
            # The base model endpoints of a locale have logs too, with the same cmdlets.
            $baseLogs = @(Get-CsrEndpointLog -BaseModelLocale en-US)
            $baseLogs.Count -gt 0
            $baseLogs[0] | Remove-CsrEndpointLog -Force
            Remove-CsrEndpointLog -BaseModelLocale en-US -All -Force
            $endpoint.Id
            """);

        Assert.True(v32.Errors.Count == 0, v32.ErrorText);
        Assert.Equal(true, v32.Output[0].BaseObject);
        Assert.Equal(true, v32.Output[1].BaseObject);
        var endpointId = (string)v32.Output[^1].BaseObject;
        var requests = Since(mock.Server.Requests, before);
        Assert.Contains(requests, r => r.Method == "GET" && r.Path == $"/speechtotext/v3.2/endpoints/{endpointId}/files/logs");
        Assert.Equal(3, requests.Count(r => r.Method == "DELETE" && r.Path.StartsWith($"/speechtotext/v3.2/endpoints/{endpointId}/files/logs/", StringComparison.Ordinal) && r.Status == 204));
        Assert.Contains(requests, r => r.Method == "DELETE" && r.PathAndQuery == $"/speechtotext/v3.2/endpoints/{endpointId}/files/logs?endDate=2026-03-15" && r.Status == 202);
        Assert.Equal(true, v32.Output[3].BaseObject);
        Assert.Contains(requests, r => r.Method == "GET" && r.Path == "/speechtotext/v3.2/endpoints/base/en-US/files/logs" && r.Status == 200);
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path.StartsWith("/speechtotext/v3.2/endpoints/base/en-US/files/logs/", StringComparison.Ordinal) && r.Status == 204);
        Assert.Contains(requests, r => r.Method == "DELETE" && r.Path == "/speechtotext/v3.2/endpoints/base/en-US/files/logs" && r.Status == 202);

        session.Run(Connect(mock, "2025-10-15"));
        before = mock.Server.Requests.Count;
        var latest = session.Run($"Get-CsrEndpointLog -EndpointId '{endpointId}'\nRemove-CsrEndpointLog -EndpointId '{endpointId}' -All -Force");
        Assert.Equal(2, latest.Errors.Count);
        Assert.All(latest.Errors, e => Assert.StartsWith("EndpointLogsNotSupported", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Contains("-SpeechToTextApiVersion v3.2", latest.Errors[0].ToString());
        Assert.Equal(before, mock.Server.Requests.Count);
    }
}
