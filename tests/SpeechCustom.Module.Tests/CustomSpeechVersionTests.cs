using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// What one API version lacks fails before a request, saying which version has it: 2024-11-15 has no projects (every
/// project cmdlet and every -Project), adaptation text exists on v3.x only, Foundry project names on 2025-10-15 only.
/// What the versions share reads the same: durations in ISO 8601 (v3.x) or milliseconds (later) are one TimeSpan.
/// </summary>
public sealed class CustomSpeechVersionTests(CustomSpeechFixture mock) : IClassFixture<CustomSpeechFixture>
{
    private const string G = "'0b6bd8a1-5d5b-4f59-a6c3-7ea5cbbab1f3'";

    public static TheoryData<string> ProjectCommands => new()
    {
        "New-CsrProject -DisplayName calls -Locale en-US",
        "Get-CsrProject",
        $"Get-CsrProject -Id {G}",
        $"Set-CsrProject -Id {G} -DisplayName renamed",
        $"Remove-CsrProject -Id {G} -Force",
        $"Get-CsrDataset -Project {G}",
        $"Get-CsrModel -Project {G}",
        $"Get-CsrEvaluation -Project {G}",
        $"New-CsrDataset -Kind Language -Locale en-US -DisplayName d -ContentUrl 'https://contoso.blob.core.windows.net/speech/text.txt' -Project {G}",
        $"New-CsrDataset -Kind Language -Locale en-US -DisplayName d -Path $textFile -Project {G}",
        $"Set-CsrDataset -Id {G} -Project {G}",
        $"New-CsrModel -DisplayName m -BaseModel {G} -Dataset {G} -Project {G}",
        $"Set-CsrModel -Id {G} -Project {G}",
        $"New-CsrEvaluation -DisplayName e -Model1 {G} -Model2 {G} -Dataset {G} -Project {G}",
        $"Set-CsrEvaluation -Id {G} -Project {G}",
    };

    [Theory]
    [MemberData(nameof(ProjectCommands))]
    public void On_2024_11_15_projects_are_explained_and_nothing_is_sent(string command)
    {
        var (result, sent) = Run("2024-11-15", command);

        var error = result.FirstError;
        Assert.True(error != null, "no error for: " + command);
        Assert.StartsWith("ProjectsNotSupported,", error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("Speech to text API version 2024-11-15 has no projects", error.ToString());
        Assert.Contains("-SpeechToTextApiVersion 2025-10-15", error.ToString());
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Empty(result.Output);
        Assert.Equal(0, sent);
    }

    [Theory]
    [InlineData("2024-11-15", "New-CsrModel -DisplayName m -BaseModel $base -Dataset $acoustic -Text 'contoso'", "-Text (adaptation text) is not in speech to text API version 2024-11-15")]
    [InlineData("2025-10-15", "New-CsrModel -DisplayName m -BaseModel $base -Dataset $acoustic -Text 'contoso'", "-Text (adaptation text) is not in speech to text API version 2025-10-15")]
    [InlineData("v3.2", "New-CsrProject -DisplayName p -Locale en-US -FoundryProjectName foundry", "-FoundryProjectName is not in speech to text API version v3.2")]
    [InlineData("v3.2", "Get-CsrProject -FoundryProjectName foundry", "-FoundryProjectName is not in speech to text API version v3.2")]
    public void A_feature_of_another_version_is_named_with_the_version_that_has_it(string version, string command, string message)
    {
        var (result, sent) = Run(version, command);

        var error = result.FirstError;
        Assert.True(error != null, "no error for: " + command);
        Assert.StartsWith("NotSupportedByApiVersion,", error!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains(message, error.ToString());
        Assert.Equal(0, sent);
    }

    [Fact]
    public void Adaptation_text_is_sent_on_v3_2()
    {
        var (result, _) = Run("v3.2", "New-CsrModel -DisplayName text-model -BaseModel $base -Dataset $language -Text 'contoso call center' -Wait -PollingIntervalSec 0.2");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        var model = Assert.Single(result.Output);
        Assert.Equal("contoso call center", model.Properties["Text"].Value);
        var post = mock.Server.Requests.Snapshot().Last(r => r.Method == "POST" && r.Path == "/speechtotext/v3.2/models");
        Assert.Contains("\"text\":\"contoso call center\"", post.Body);
    }

    [Fact]
    public void The_same_dataset_reads_the_same_on_every_version()
    {
        var results = new[] { "v3.2", "2024-11-15", "2025-10-15" }.Select(version =>
        {
            var (result, _) = Run(version, "$acoustic | Get-CsrDataset; $acoustic | Get-CsrDatasetFile");
            Assert.True(result.Errors.Count == 0, result.ErrorText);
            return result.Output;
        }).ToList();

        TimeSpan Duration(PSObject o) => (TimeSpan)PSObject.AsPSObject(o.Properties["Properties"].Value).Properties["Duration"].Value;
        var durations = results.Select(r => Duration(r[0])).ToList();
        Assert.True(durations[0] > TimeSpan.Zero);
        Assert.All(durations, d => Assert.Equal(durations[0], d));
        Assert.All(results, r => Assert.Equal(results[0][0].Properties["Id"].Value, r[0].Properties["Id"].Value));
        Assert.All(results, r => Assert.Equal(results[0].Count, r.Count));
    }

    private (RunResult Result, int Sent) Run(string version, string command)
    {
        using var data = new CustomSpeechData();
        using var session = new ModuleSession();
        var variables = new Dictionary<string, object?> { ["textFile"] = data.Text("text.txt", "thank you for calling contoso\n") };
        var setup = session.Run($"{mock.ConnectWithKey}\n{mock.Objects}\n{mock.ConnectWithKey} -SpeechToTextApiVersion {version}", variables);
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var before = mock.Server.Requests.Count;
        var result = session.Run(command, variables);
        return (result, mock.Server.Requests.Count - before);
    }
}
