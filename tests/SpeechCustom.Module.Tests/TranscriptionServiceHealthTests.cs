using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>Service health lives only in API version v3.1: it is asked there whatever version the connection uses.</summary>
public sealed class TranscriptionServiceHealthTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Theory]
    [InlineData("2025-10-15")]
    [InlineData("v3.2")]
    public void The_health_is_read_from_v3_1_on_any_connection(string version)
    {
        using var session = new ModuleSession();
        session.Run(Connect(mock, version));
        var before = mock.Server.Requests.Count;

        var result = session.Run("""
            $health = Get-SpeechServiceHealth -Verbose
            $health.PSTypeNames[0]; $health.Status; @($health.Components).Count -gt 0
            $health | Out-Host
            $health.Components | Out-Host
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "SpeechCustom.SpeechServiceHealth", "Healthy", true }, result.BaseObjects);
        Assert.Equal("/speechtotext/v3.1/healthstatus", Assert.Single(Since(mock.Server.Requests, before)).PathAndQuery);
        Assert.Contains(result.Verbose, v => v.Contains("v3.1", StringComparison.Ordinal) && v.Contains(version, StringComparison.Ordinal));
        AssertTableHeader(result.HostText, "Status", "Message", "Components");
        AssertTableHeader(result.HostText, "Name", "Type", "Status", "Message");
    }

    [Fact]
    public void A_degraded_service_says_which_component_and_why()
    {
        using var server = new DegradedHealth(mock);
        using var session = new ModuleSession();
        var result = session.Run($"{mock.ConnectWithKey}\n$h = Get-SpeechServiceHealth\n$h.Status\n($h.Components | Where-Object Status -ne Healthy).Message");
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal("Degraded", result.Output[0].BaseObject);
        Assert.False(string.IsNullOrWhiteSpace((string)result.Output[1].BaseObject));
    }

    /// <summary>Makes the mock report Degraded for the duration of a test.</summary>
    private sealed class DegradedHealth : IDisposable
    {
        private readonly MockFixture mock;

        public DegradedHealth(MockFixture mock)
        {
            this.mock = mock;
            mock.Server.Options.HealthStatus = "Degraded";
        }

        public void Dispose() => mock.Server.Options.HealthStatus = "Healthy";
    }
}
