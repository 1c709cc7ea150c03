using System.Net.Http.Json;
using SpeechCustom.MockServer;

namespace SpeechCustom.Benchmarks;

/// <summary>
/// How long does waiting on N operations take, compared with waiting on one, and with waiting one at a time? Every
/// operation takes the same time in the service (3 steps of the mock), so an ideal concurrent wait for N costs about
/// one operation's time; waiting one after another costs the sum.
/// </summary>
internal static class WaitBenchmark
{
    private const int SequentialSample = 5;

    public static async Task RunAsync(int count, TimeSpan step)
    {
        await using var mock = await MockSpeechServer.StartAsync(new MockServerOptions { StepDuration = step, RetryAfterMilliseconds = 250 });
        using var http = new HttpClient { BaseAddress = mock.Endpoint };
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", mock.Key);
        async Task Put(string path, object body)
        {
            using var response = await http.PutAsJsonAsync($"customvoice/{path}?api-version=2026-01-01", body);
            response.EnsureSuccessStatusCode();
        }

        await Put("projects/Bench", new { kind = "ProfessionalVoice", locale = "en-US" });
        var ids = Enumerable.Range(0, count + SequentialSample + 1).Select(i => $"bench-{i:0000}").ToList();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) => await Put("trainingsets/" + id, new { projectId = "Bench", locale = "en-US" }));

        using var session = new BenchmarkSession(mock);
        session.Run("""
            $wav = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/v?sv=1&sig=x' -Extension .wav -WarningAction SilentlyContinue
            function Start-Upload([string] $id) { New-TrainingSetUpload -TrainingSetId $id -Kind AudioOnly -Audios $wav }
            """);

        // Baseline: one operation, created and waited for.
        var single = BenchmarkSession.Time(() => session.Run($"Start-Upload '{ids[0]}' | Wait-SpeechOperation | Out-Null"));

        // One at a time, as scripts built on the samples do (create, poll until done, next): a few, then per operation.
        var sequential = BenchmarkSession.Time(() => session.Run($"'{string.Join("','", ids.Skip(1).Take(SequentialSample))}' | ForEach-Object {{ Start-Upload $_ | Wait-SpeechOperation | Out-Null }}"));

        // All N created, then one Wait-SpeechOperation for all of them (time from the first create to the last result).
        var requestsBefore = mock.Requests.Count;
        var batch = BenchmarkSession.Time(() =>
        {
            var finished = session.Run($"$ops = '{string.Join("','", ids.Skip(1 + SequentialSample))}' | ForEach-Object {{ Start-Upload $_ }}; @($ops | Wait-SpeechOperation).Count");
            if ((int)finished[0].BaseObject != count)
                throw new InvalidOperationException($"only {finished[0]} of {count} finished");
        });
        var requests = mock.Requests.Count - requestsBefore;

        var perSequential = sequential / SequentialSample;
        Console.WriteLine($"Mock: every operation takes {3 * step.TotalSeconds:0.##} s in the service (3 steps of {step.TotalMilliseconds} ms); Retry-After 250 ms.");
        Console.WriteLine($"Wait for 1 operation (baseline):              {single.TotalSeconds,8:0.00} s");
        Console.WriteLine($"Wait for {SequentialSample} one at a time:                   {sequential.TotalSeconds,8:0.00} s  ({perSequential.TotalSeconds:0.00} s each)");
        Console.WriteLine($"Create {count} and wait for all in one pipeline: {batch.TotalSeconds,8:0.00} s  ({requests} requests: {count} creates + polls)");
        Console.WriteLine($"Ratio  {count} together / 1 alone:              {batch / single,8:0.00}x");
        Console.WriteLine($"Ratio  one at a time (projected for {count}) / together: {perSequential * count / batch,8:0.0}x");
    }
}
