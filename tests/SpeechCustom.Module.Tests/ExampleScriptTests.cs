using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// The scripts in examples/ are what a new user runs first (the README sends them there), so each runs here exactly as
/// documented: `SpeechCustom.Host --mock examples/X.ps1`, in a fresh process against the embedded mock, and must end
/// with exit code 0 and say what it promises.
/// </summary>
public sealed class ExampleScriptTests
{
    [Theory]
    [InlineData("Quickstart.ps1", new[] { "Personal voice ready: use speakerProfileId" })]
    [InlineData("CustomSpeech.ps1", new[] { "line(s) of the phrases were rejected", "WER2-WER1", "Removed the project and everything in it." })]
    [InlineData("BatchTranscription.ps1", new[] { "199 transcripts received", "1 recording(s) failed", "fail-me-7.wav", "speaker 2:" })]
    public async Task An_example_runs_against_the_mock_as_the_README_shows(string script, string[] expected)
    {
        var scratch = Directory.CreateTempSubdirectory("speechcustom-example-").FullName;
        HostProcess.Outcome outcome;
        try
        {
            // Only the batch example writes files; its -Destination goes to a folder removed afterwards.
            var arguments = new List<string> { "--mock", Path.Combine("examples", script) };
            if (script == "BatchTranscription.ps1")
                arguments.AddRange(new[] { "-Destination", scratch });
            outcome = await HostProcess.RunAsync(arguments, new Dictionary<string, string?>(), TimeSpan.FromMinutes(3));
            if (script == "BatchTranscription.ps1")
                Assert.Equal(200, Directory.GetFiles(scratch, "*.json", SearchOption.AllDirectories).Length); // 199 results + report.json
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        Assert.True(outcome.ExitCode == 0, $"exit {outcome.ExitCode}\n{outcome.StdOut}\n{outcome.StdErr}");
        Assert.All(expected, text => Assert.Contains(text, outcome.StdOut));
        Assert.DoesNotContain("ERROR", outcome.StdOut);
    }
}
