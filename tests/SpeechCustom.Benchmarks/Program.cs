using System.Diagnostics;
using System.Management.Automation;
using System.Collections.ObjectModel;
using System.Management.Automation.Runspaces;
using System.Net.Http.Json;
using SpeechCustom.MockServer;

// How long does waiting on N operations take, compared with waiting on one, and with waiting one at a time?
// Every operation takes the same time in the service (3 steps of the mock), so an ideal concurrent wait for N costs
// about one operation's time; waiting one after another costs the sum.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var step = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1000);
const int SequentialSample = 5;

await using var mock = await MockSpeechServer.StartAsync(new MockServerOptions { StepDuration = step, RetryAfterMilliseconds = 250 });
var root = FindRoot();
using var http = new HttpClient { BaseAddress = mock.Endpoint };
http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", mock.Key);
await Put("projects/Bench", new { kind = "ProfessionalVoice", locale = "en-US" });
var ids = Enumerable.Range(0, count + SequentialSample + 1).Select(i => $"bench-{i:0000}").ToList();
await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) => await Put("trainingsets/" + id, new { projectId = "Bench", locale = "en-US" }));

using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();
Run($$"""
    Import-Module '{{Path.Combine(root, "out", "SpeechCustom", "SpeechCustom.psd1")}}' -ErrorAction Stop
    Connect-SpeechService -Endpoint '{{mock.Endpoint}}' -Key ([System.Net.NetworkCredential]::new('', '{{mock.Key}}').SecurePassword)
    $wav = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/v?sv=1&sig=x' -Extension .wav -WarningAction SilentlyContinue
    function Start-Upload([string] $id) { New-TrainingSetUpload -TrainingSetId $id -Kind AudioOnly -Audios $wav }
    """);

// Baseline: one operation, created and waited for.
var single = Time(() => Run($"Start-Upload '{ids[0]}' | Wait-SpeechOperation | Out-Null"));

// One at a time, as scripts built on the samples do (create, poll until done, next): a few, then per operation.
var sequential = Time(() => Run($"'{string.Join("','", ids.Skip(1).Take(SequentialSample))}' | ForEach-Object {{ Start-Upload $_ | Wait-SpeechOperation | Out-Null }}"));

// All N created, then one Wait-SpeechOperation for all of them (time from the first create to the last result).
var requestsBefore = mock.Requests.Count;
var batch = Time(() =>
{
    var finished = Run($"$ops = '{string.Join("','", ids.Skip(1 + SequentialSample))}' | ForEach-Object {{ Start-Upload $_ }}; @($ops | Wait-SpeechOperation).Count");
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
return 0;

Collection<PSObject> Run(string script)
{
    using var ps = PowerShell.Create(runspace);
    ps.AddScript(script);
    var output = ps.Invoke();
    if (ps.HadErrors)
        throw new InvalidOperationException(string.Join("\n", ps.Streams.Error));
    return output;
}

static TimeSpan Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed;
}

async Task Put(string path, object body)
{
    using var response = await http.PutAsJsonAsync($"customvoice/{path}?api-version=2026-01-01", body);
    response.EnsureSuccessStatusCode();
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SpeechCustom.sln")))
        dir = dir.Parent;
    return dir?.FullName ?? throw new InvalidOperationException("SpeechCustom.sln not found");
}
