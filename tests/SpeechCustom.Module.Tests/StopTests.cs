using System.Diagnostics;
using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>A mock whose work takes an hour: only Ctrl+C ends a wait on it.</summary>
public sealed class SlowMockFixture : MockFixture
{
    protected override MockServerOptions Options => new() { StepDuration = TimeSpan.FromHours(1), RetryAfterMilliseconds = 60_000 };
}

public sealed class StopTests(SlowMockFixture mock) : IClassFixture<SlowMockFixture>
{
    [Fact]
    public async Task Ctrl_C_during_a_wait_returns_within_a_second()
    {
        var project = MockFixture.NewId("Stop");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);

        using var ps = session.Start($"""
            $wav = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/v?{MockFixture.Sas}' -Extension .wav
            New-TrainingSetUpload -TrainingSetId '{project}-300' -Kind AudioOnly -Audios $wav | Wait-SpeechOperation -PollingIntervalSec 300
            """);
        var running = ps.BeginInvoke();
        // Wait until the wait has polled once and is now sleeping on the service's 60 s Retry-After.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!mock.Server.Requests.Any(r => r.Path.Contains("/customvoice/operations/")) && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.True(mock.Server.Requests.Any(r => r.Path.Contains("/customvoice/operations/")), "the wait never polled");

        var watch = Stopwatch.StartNew();
        ps.Stop();
        watch.Stop();

        Assert.True(running.IsCompleted);
        Assert.Equal(System.Management.Automation.PSInvocationState.Stopped, ps.InvocationStateInfo.State);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"Stop took {watch.ElapsedMilliseconds} ms");
    }
}
