using SpeechCustom.Engine.Tests.Support;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>One object model across speech-to-text versions: the version in the path or the query, ISO durations or milliseconds.</summary>
public sealed class VersionTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Theory]
    [InlineData("v3.2", "/speechtotext/v3.2/datasets/")]
    [InlineData("2024-11-15", "/speechtotext/datasets/")]
    [InlineData("2025-10-15", "/speechtotext/datasets/")]
    public async Task A_dataset_round_trips_on_every_version(string version, string selfPath)
    {
        var context = mock.Connect(speechToTextVersion: version);
        var created = await context.SpeechToText.CreateDatasetAsync(RetryTests.Dataset(MockServerFixture.NewId("v")), default);
        Assert.Contains(selfPath, created.Self);
        Assert.True(Guid.TryParse(created.Id, out _));

        var recorder = new Recorder();
        var poller = new Operations.OperationPoller(new Operations.PollerSettings { PollingInterval = TimeSpan.FromMilliseconds(100) }, recorder, default);
        poller.Add(Operations.WaitTargets.For(created, context));
        await poller.WhenAllAsync();

        var done = Assert.IsType<Models.SpeechToText.CsrDataset>(Assert.Single(recorder.Finished).Resource);
        Assert.Equal("Succeeded", done.Status);
        Assert.True(done.Properties!.Duration > TimeSpan.Zero, "the duration is read from ISO 8601 on v3.x and from milliseconds later");
        Assert.Equal(version == "v3.2", mock.Server.Requests.Any(r => r.PathAndQuery.Contains("/v3.2/datasets/" + created.Id)));
    }
}
