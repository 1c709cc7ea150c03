using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Operations;
using SpeechCustom.Engine.Tests.Support;
using SpeechCustom.Engine.Transcription;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>
/// Receiving results: the files of a transcription are downloaded in parallel but never more than the throttle limit at
/// once, without the Speech key, and each audio the report lists as failed comes back as its own failure.
/// </summary>
public sealed class TranscriptionReceiverTests(MockServerFixture mock) : IClassFixture<MockServerFixture>
{
    [Fact]
    public async Task Result_files_download_in_parallel_up_to_the_limit_without_credentials()
    {
        var context = mock.Connect();
        var transcription = await FinishedAsync(context, 24, failing: 5);
        var storage = new GatedStorageTransport(gateAt: 4);
        var sink = new ListSink();

        await new ResultReceiver(4, null, false, new ContentDownloader(storage)).ReceiveAsync(context, transcription.Id!, sink, default);

        Assert.Equal(4, storage.MaxInFlight);
        Assert.Equal(24, storage.Requests.Count);
        Assert.All(storage.Requests, headers => Assert.DoesNotContain(headers, h => h is "Ocp-Apim-Subscription-Key" or "Authorization"));
        Assert.Equal(23, sink.Results.Count);
        Assert.Equal((23, 1), (Assert.Single(sink.Reports).SucceededCount, sink.Reports.Single().FailedCount));
        var (failure, target) = Assert.Single(sink.Failures);
        Assert.Equal("InvalidData", failure.ErrorId);
        Assert.Contains("fail-me-5.wav", failure.Message);
        Assert.Equal("Failed", Assert.IsType<TranscriptionReportEntry>(target).Status);
        // Progress counts every file once, against the total known once the files were listed.
        Assert.Equal(Enumerable.Range(1, 24), sink.Progress.Select(p => p.Done).Order());
        Assert.All(sink.Progress, p => Assert.Equal(24, p.Found));
    }

    [Fact]
    public async Task Saved_files_are_not_overwritten_unless_asked()
    {
        var context = mock.Connect();
        var transcription = await FinishedAsync(context, 2, failing: -1);
        var folder = Path.Combine(Path.GetTempPath(), "receiver-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var first = new ListSink();
            await new ResultReceiver(2, folder, false).ReceiveAsync(context, transcription.Id!, first, default);
            Assert.Empty(first.Failures);
            Assert.All(first.Results, r => Assert.True(File.Exists(r.Path)));

            var again = new ListSink();
            await new ResultReceiver(2, folder, false).ReceiveAsync(context, transcription.Id!, again, default);
            Assert.Equal(3, again.Failures.Count);
            Assert.All(again.Failures, f => Assert.Equal("FileExists", f.Failure.ErrorId));

            var forced = new ListSink();
            await new ResultReceiver(2, folder, true).ReceiveAsync(context, transcription.Id!, forced, default);
            Assert.Empty(forced.Failures);
            Assert.Equal(2, forced.Results.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<SpeechTranscription> FinishedAsync(Connection.SpeechContext context, int count, int failing)
    {
        var created = await context.SpeechToText.CreateTranscriptionAsync(new SpeechTranscriptionDefinition
        {
            DisplayName = MockServerFixture.NewId("receiver"),
            Locale = "en-US",
            ContentUrls = Enumerable.Range(0, count).Select(i => $"https://contoso.blob.core.windows.net/calls/{(i == failing ? "fail-me" : "call")}-{i}.wav?sp=r&sig=S").ToList(),
        }, default);
        var recorder = new Recorder();
        var poller = new OperationPoller(new PollerSettings { PollingInterval = TimeSpan.FromMilliseconds(100) }, recorder, default);
        poller.Add(WaitTargets.For(created, context));
        await poller.WhenAllAsync();
        return Assert.IsType<SpeechTranscription>(Assert.Single(recorder.Finished).Resource);
    }

    private sealed class ListSink : ITranscriptionResultSink
    {
        public ConcurrentBag<SpeechTranscriptionResult> Results { get; } = new();

        public ConcurrentBag<SpeechTranscriptionReport> Reports { get; } = new();

        public ConcurrentBag<(SpeechException Failure, object? Target)> Failures { get; } = new();

        public void OnResult(SpeechTranscriptionResult result) => Results.Add(result);

        public void OnReport(SpeechTranscriptionReport report) => Reports.Add(report);

        public void OnFailure(SpeechException failure, object? target) => Failures.Add((failure, target));

        public ConcurrentBag<(int Done, int Found)> Progress { get; } = new();

        public void OnProgress(int filesDone, int filesFound) => Progress.Add((filesDone, filesFound));
    }

    /// <summary>
    /// Storage that holds the first requests until <c>gateAt</c> are in flight together (a sequential client would never
    /// get there: it is let through after 10 s so the test fails on the count rather than hanging), and records the most
    /// ever in flight and each request's headers.
    /// </summary>
    private sealed class GatedStorageTransport(int gateAt) : HttpPipelineTransport
    {
        private readonly HttpClientTransport inner = new();
        private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int inFlight;
        private int maxInFlight;

        public int MaxInFlight => Volatile.Read(ref maxInFlight);

        public ConcurrentBag<string[]> Requests { get; } = new();

        public override Request CreateRequest() => inner.CreateRequest();

        public override void Process(HttpMessage message) => ProcessAsync(message).AsTask().GetAwaiter().GetResult();

        public override async ValueTask ProcessAsync(HttpMessage message)
        {
            Requests.Add(message.Request.Headers.Select(h => h.Name).ToArray());
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(now);
            if (now >= gateAt)
                gate.TrySetResult();
            try
            {
                await Task.WhenAny(gate.Task, Task.Delay(TimeSpan.FromSeconds(10)));
                await inner.ProcessAsync(message);
            }
            finally
            {
                Interlocked.Decrement(ref inFlight);
            }
        }

        private void InterlockedMax(int value)
        {
            int seen;
            while (value > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, value, seen) != seen)
            {
            }
        }
    }
}
