using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Two professional voice projects, each with a consent, a training set with data and a trained model.</summary>
public sealed class TwoVoiceProjectsFixture : MockFixture
{
    public string Run { get; } = NewId("tab");

    public string A => Run + "-a";

    public string B => Run + "-b";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var session = new ModuleSession();
        var setup = session.Run($"{ConnectWithKey}\n{CustomVoiceScripts.TrainedModel(A)}\n{CustomVoiceScripts.TrainedModel(B)}");
        if (setup.Terminating != null || setup.Errors.Count > 0)
            throw new InvalidOperationException("Seeding failed: " + (setup.Terminating?.Message ?? setup.ErrorText));
    }
}

/// <summary>
/// Tab completes the ids of what exists in the connected resource (TabExpansion2, as the console calls it), narrowed
/// to the -ProjectId already on the command line.
/// </summary>
public sealed class CustomVoiceCompletionTests(TwoVoiceProjectsFixture mock) : IClassFixture<TwoVoiceProjectsFixture>
{
    private List<CompletionResult> Complete(string typed)
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var result = session.Run("(TabExpansion2 -inputScript $typed -cursorColumn $typed.Length).CompletionMatches", new Dictionary<string, object?> { ["typed"] = typed });
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        return result.Output.Select(o => (CompletionResult)o.BaseObject).ToList();
    }

    private static List<string> Texts(IEnumerable<CompletionResult> matches) => matches.Select(m => m.CompletionText).OrderBy(t => t, StringComparer.Ordinal).ToList();

    [Fact]
    public void Project_ids_complete_from_the_resource()
    {
        Assert.Equal(new[] { mock.A, mock.B }, Texts(Complete($"Remove-VoiceProject -Id {mock.Run}")));
        Assert.Equal(new[] { mock.A }, Texts(Complete($"Get-VoiceProject {mock.A}")));
        Assert.Equal(new[] { mock.B }, Texts(Complete($"New-TrainingSet -Id x -ProjectId {mock.Run}-b")));
    }

    [Fact]
    public void Consent_ids_complete_across_projects_and_narrow_to_the_given_project()
    {
        Assert.Equal(new[] { mock.A + "-consent", mock.B + "-consent" }, Texts(Complete($"Get-VoiceConsent -Id {mock.Run}")));

        var narrowed = Complete($"New-VoiceModel -ProjectId {mock.A} -ConsentId ");
        Assert.Equal(new[] { mock.A + "-consent" }, Texts(narrowed));
        Assert.Contains("Jessica Smith", narrowed[0].ToolTip);

        Assert.Empty(Complete($"New-PersonalVoice -ProjectId {mock.A} -ConsentId {mock.B}"));
    }

    [Fact]
    public void Training_set_ids_complete_and_narrow_to_the_given_project()
    {
        Assert.Equal(new[] { mock.A + "-300", mock.B + "-300" }, Texts(Complete($"Get-TrainingSet -Id {mock.Run}")));
        Assert.Equal(new[] { mock.B + "-300" }, Texts(Complete($"New-VoiceModel -ProjectId {mock.B} -TrainingSetId ")));
        Assert.Equal(new[] { mock.A + "-300" }, Texts(Complete($"Remove-TrainingSet -Id {mock.A}")));
    }

    [Fact]
    public void Model_ids_complete_and_narrow_to_the_given_project()
    {
        Assert.Equal(new[] { mock.A + "-model", mock.B + "-model" }, Texts(Complete($"Get-VoiceModel -Id {mock.Run}")));

        var narrowed = Complete($"New-VoiceEndpoint -ProjectId {mock.A} -ModelId ");
        Assert.Equal(new[] { mock.A + "-model" }, Texts(narrowed));
        Assert.Contains("JessicaNeural", narrowed[0].ToolTip);
    }

    [Fact]
    public void Nothing_is_offered_and_nothing_fails_without_a_connection()
    {
        using var session = new ModuleSession();
        var typed = $"Get-VoiceProject -Id {mock.Run}";
        var result = session.Run("(TabExpansion2 -inputScript $typed -cursorColumn $typed.Length).CompletionMatches", new Dictionary<string, object?> { ["typed"] = typed });
        Assert.Empty(result.Errors);
        Assert.DoesNotContain(result.Output, o => ((CompletionResult)o.BaseObject).CompletionText.StartsWith(mock.Run, StringComparison.Ordinal));
    }
}
