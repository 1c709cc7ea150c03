using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Tests.Support;
using SpeechCustom.Engine.Transcription;
using SpeechCustom.MockServer;
using SpeechCustom.Tests.Shared;
using Xunit;

namespace SpeechCustom.Engine.Tests;

/// <summary>
/// Ordinary requests give up after the pipeline's network timeout, but a fast transcription (which waits for the whole
/// transcript, up to two hours of audio) and file uploads are not cut off by it. The connection here has a 1 s network
/// timeout and the mock answers 2.5 s late, so the difference shows without waiting 100 s.
/// </summary>
public sealed class NetworkTimeoutTests(MockServerFixture mock) : IClassFixture<MockServerFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("speechcustom-timeout-").FullName;

    // A rule a timed-out request never reached (a slow machine) must not be left for the next test.
    public void Dispose()
    {
        mock.Server.Faults.Clear();
        Directory.Delete(folder, recursive: true);
    }

    private SpeechContext Connect() => SpeechContext.Create(new SpeechConnectOptions
    {
        AuthType = SpeechAuthType.Key,
        Endpoint = mock.Server.Endpoint,
        Key = mock.Server.Key,
        SpeechToTextApiVersion = "2025-10-15",
        CustomVoiceApiVersion = ApiVersions.CustomVoiceDefault,
        Retry = new RetrySettings { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromSeconds(1), NetworkTimeout = TimeSpan.FromSeconds(1) },
    });

    [Fact]
    public async Task An_ordinary_request_slower_than_the_timeout_fails()
    {
        var context = Connect();
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "/speechtotext/datasets", Status = 0, DelayMilliseconds = 2500, Count = 1 });

        // A POST without an Operation-Id is not retried after a timeout (the service may have done it), so it fails.
        var e = await Assert.ThrowsAsync<SpeechException>(() => context.SpeechToText.CreateDatasetAsync(RetryTests.Dataset(MockServerFixture.NewId("slow")), default));
        Assert.Equal("Timeout", e.ErrorId);
        Assert.Contains("got no answer within 1 s", e.Message);
    }

    [Fact]
    public async Task A_fast_transcription_slower_than_the_timeout_still_returns_its_transcript()
    {
        var context = Connect();
        var wav = Path.Combine(folder, "call.wav");
        File.WriteAllBytes(wav, WavHeader.FileWith("CALL"));
        mock.Server.Faults.Add(new FaultRule { Method = "POST", PathContains = "transcriptions:transcribe", Status = 0, DelayMilliseconds = 2500, Count = 1 });

        var result = await context.SpeechToText.TranscribeAsync(new FastTranscriptionOptions { Path = wav }, default);

        Assert.False(string.IsNullOrEmpty(result.Text));
        Assert.Equal(0, mock.Server.Faults.Pending);
        Assert.Single(mock.Server.Requests.Snapshot(), r => r.Path.EndsWith("transcriptions:transcribe", StringComparison.Ordinal));
    }
}
