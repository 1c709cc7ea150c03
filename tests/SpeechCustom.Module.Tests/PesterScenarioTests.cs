using SpeechCustom.Host;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Runs every Pester 5 scenario file (tests/Pester/*.Tests.ps1) with the Pester-compatible runner in the hosted
/// engine, against the mock, the way a user runs them against a Speech resource: SPEECH_ENDPOINT and SPEECH_KEY set.
/// A file passes only when it ran at least one test and none failed; unsupported constructs fail it.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class PesterScenarioTests(MockFixture mock) : IClassFixture<MockFixture>
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.PesterFolder, "*.Tests.ps1").OrderBy(f => f))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_scenario_passes(string file)
    {
        Environment.SetEnvironmentVariable("SPEECH_ENDPOINT", mock.Server.Endpoint.ToString());
        Environment.SetEnvironmentVariable("SPEECH_KEY", mock.Server.Key);
        Environment.SetEnvironmentVariable("SPEECHCUSTOM_MODULE", RepoPaths.ModuleManifest);
        try
        {
            var result = PesterLite.RunFile(Path.Combine(RepoPaths.PesterFolder, file), timeout: TimeSpan.FromMinutes(5));
            var report = string.Join("\n", result.Tests.Select(t => $"{(t.Passed ? "[+]" : "[-]")} {t.Path} {t.Error}"));
            Assert.True(result.FatalError is null, result.FatalError + "\n" + report);
            Assert.True(result.Tests.Count > 0, "no test ran");
            Assert.True(result.Failed == 0, report);
        }
        finally
        {
            Environment.SetEnvironmentVariable("SPEECH_ENDPOINT", null);
            Environment.SetEnvironmentVariable("SPEECH_KEY", null);
            Environment.SetEnvironmentVariable("SPEECHCUSTOM_MODULE", null);
        }
    }
}
