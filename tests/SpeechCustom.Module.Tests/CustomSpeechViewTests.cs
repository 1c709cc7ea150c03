using System.Management.Automation;
using System.Xml.Linq;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Every custom speech object has a default table view that shows what matters and never a SAS signature; -Locale
/// completes from the resource's locales (narrowed to the -Kind typed, read once and cached) and -Kind from its values.
/// </summary>
public sealed class CustomSpeechViewTests(CustomSpeechFixture mock) : IClassFixture<CustomSpeechFixture>
{
    public static TheoryData<string, string, string[]> Views => new()
    {
        { "New-CsrProject -DisplayName 'view-project' -Locale en-US -FoundryProjectName foundry-calls", "CsrProject", new[] { "FoundryProject", "view-project", "foundry-calls" } },
        { "$acoustic", "CsrDataset", new[] { "Accepted", "Rejected", "seed-calls" } },
        { "$base", "CsrBaseModel", new[] { "AdaptsWith", "AdaptUntil", "TranscribeUntil", "Acoustic" } },
        { "$model", "CsrModel", new[] { "BaseModel", "Datasets", "seed-model", "Succeeded" } },
        { "$acoustic | Get-CsrDatasetFile", "CsrFile", new[] { "DatasetReport", "report.json", "ContentUrl" } },
        { "$acoustic | Get-CsrDatasetFile -Report", "CsrDatasetReportLine", new[] { "Status", "Reason", "Rejected", "Accepted" } },
        { "Get-CsrDatasetLocale -Locale en-US", "CsrDatasetLocale", new[] { "Kinds", "Acoustic, AudioFiles, Language" } },
        { "$model | Get-CsrModelManifest", "CsrModelManifest", new[] { "FileNames", "Files" } },
        { "$model | Get-CsrModelFile", "CsrFile", new[] { "Kind", "Name" } },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Each_object_is_shown_by_its_default_view(string command, string type, string[] expected)
    {
        using var session = new ModuleSession();
        var setup = session.Run($"{mock.ConnectWithKey}\n{mock.Objects}");
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);

        var result = session.Run($"$items = @({command}); $items | Out-Host; $items[0].PSTypeNames[0]");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal("SpeechCustom." + type, Assert.Single(result.Output).BaseObject);
        foreach (var text in expected)
            Assert.Contains(text, result.HostText);
        Assert.DoesNotContain("sig=", result.HostText.Replace("sig=***", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_custom_speech_type_has_a_view_in_the_staged_module()
    {
        var views = XDocument.Load(Path.Combine(RepoPaths.ModuleFolder, "SpeechCustom.CustomSpeech.format.ps1xml"))
            .Descendants("TypeName").Select(t => t.Value).ToHashSet();
        foreach (var type in new[] { "CsrProject", "CsrDataset", "CsrBaseModel", "CsrModel", "CsrEvaluation", "CsrFile", "CsrDatasetLocale", "CsrDatasetReportLine", "CsrModelManifest", "CsrModelCopyOperation" })
            Assert.Contains("SpeechCustom." + type, views);
    }

    [Fact]
    public void Locales_complete_from_the_resource_narrowed_to_the_kind_and_are_read_once()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var all = Complete(session, "New-CsrDataset -Kind Acoustic -DisplayName d -Locale en-");
        var pronunciation = Complete(session, "New-CsrDataset -Kind Pronunciation -DisplayName d -Locale ");
        var again = Complete(session, "Get-CsrDataset -Locale de");

        Assert.Equal(new[] { "en-AU", "en-GB", "en-IN", "en-US" }, all.Select(c => c.CompletionText));
        Assert.Contains("Acoustic", all.Single(c => c.CompletionText == "en-US").ToolTip);
        Assert.Equal(new[] { "de-DE", "en-GB", "en-US", "fr-FR" }, pronunciation.Select(c => c.CompletionText));
        Assert.Equal(new[] { "de-DE" }, again.Select(c => c.CompletionText));
        Assert.Equal(1, mock.Server.Requests.Snapshot().Skip(before).Count(r => r.Path.EndsWith("/datasets/locales", StringComparison.Ordinal)));
    }

    [Fact]
    public void Kinds_complete_from_their_values()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);

        Assert.Equal(new[] { "Language", "LanguageMarkdown" }, Complete(session, "New-CsrDataset -Kind Lang").Select(c => c.CompletionText));
        Assert.Equal(new[] { "Pronunciation" }, Complete(session, "Get-CsrDatasetLocale -Kind Pro").Select(c => c.CompletionText));
        Assert.Contains("Acoustic", Complete(session, "Get-CsrDataset -Kind ").Select(c => c.CompletionText));
    }

    internal static List<CompletionResult> Complete(ModuleSession session, string typed)
    {
        var result = session.Run("(TabExpansion2 -inputScript $typed -cursorColumn $typed.Length).CompletionMatches", new Dictionary<string, object?> { ["typed"] = typed });
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        return result.Output.Select(o => (CompletionResult)o.BaseObject).ToList();
    }
}

/// <summary>Completion never fails a command line: without a connection it offers nothing (SPEECH_* variables are process-wide).</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class CustomSpeechCompletionWithoutConnectionTests
{
    [Fact]
    public void Without_a_connection_locale_completion_offers_nothing_and_does_not_fail()
    {
        using var session = new ModuleSession();
        Assert.Empty(CustomSpeechViewTests.Complete(session, "New-CsrProject -DisplayName p -Locale en"));
    }
}
