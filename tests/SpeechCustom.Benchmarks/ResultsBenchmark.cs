using SpeechCustom.MockServer;

namespace SpeechCustom.Benchmarks;

/// <summary>
/// How long does receiving the results of a batch transcription of N recordings take with parallel downloads
/// (Receive-SpeechTranscriptionResult's default -ThrottleLimit 8, and 16) compared with one file at a time
/// (-ThrottleLimit 1, the baseline: what a script that loops over the files with Invoke-RestMethod does)? Each blob
/// read waits the given latency in the mock, like Azure Storage's time to first byte. Files are parsed into typed
/// transcripts and saved to a folder in every run.
/// </summary>
internal static class ResultsBenchmark
{
    public static async Task RunAsync(int files, TimeSpan blobLatency)
    {
        await using var mock = await MockSpeechServer.StartAsync(new MockServerOptions
        {
            StepDuration = TimeSpan.FromMilliseconds(200),
            RetryAfterMilliseconds = 200,
            BlobLatency = blobLatency,
        });
        using var session = new BenchmarkSession(mock);
        var folder = Directory.CreateTempSubdirectory("speechcustom-bench-").FullName;
        try
        {
            session.Run($$"""
                $urls = @(0..{{files - 1}} | ForEach-Object { "https://contoso.blob.core.windows.net/calls/call-$_.wav?sv=2024-08-04&sp=rl&se=2030-01-01&sig=Bench" })
                $job = New-SpeechTranscription -DisplayName bench -Locale en-US -ContentUrl $urls -Diarization -WordLevelTimestamps -Wait -PollingIntervalSec 0.2
                """);

            var runs = 0;
            TimeSpan Receive(int throttle)
            {
                var target = Path.Combine(folder, "run" + runs++); // a fresh folder each run: files are never overwritten
                var elapsed = BenchmarkSession.Time(() =>
                {
                    var received = session.Run($"@($job | Receive-SpeechTranscriptionResult -ThrottleLimit {throttle} -Destination '{target}').Count");
                    if ((int)received[0].BaseObject != files)
                        throw new InvalidOperationException($"received {received[0]} of {files} transcripts");
                });
                return elapsed;
            }

            Receive(8); // warm-up: JIT and connection pool, not measured
            var serial = Receive(1);
            var parallel8 = Receive(8);
            var parallel16 = Receive(16);
            Console.WriteLine();
            Console.WriteLine($"Receive the results of {files} recordings (blob latency {blobLatency.TotalMilliseconds} ms, typed transcripts + files):");
            Console.WriteLine($"One file at a time (-ThrottleLimit 1, baseline): {serial.TotalSeconds,8:0.00} s");
            Console.WriteLine($"Default (-ThrottleLimit 8):                     {parallel8.TotalSeconds,8:0.00} s  ({serial / parallel8:0.0}x faster)");
            Console.WriteLine($"-ThrottleLimit 16:                              {parallel16.TotalSeconds,8:0.00} s  ({serial / parallel16:0.0}x faster)");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
