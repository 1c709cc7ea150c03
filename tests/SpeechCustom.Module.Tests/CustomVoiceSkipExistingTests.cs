using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// -SkipExisting lets a runbook run again after a failure: what already exists as asked is returned with a warning and
/// not created again; an id taken by something different is an error that names what differs.
/// </summary>
public sealed class CustomVoiceSkipExistingTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private List<MockRequestSummary> Writes(int since) => mock.Server.Requests.Snapshot().Skip(since)
        .Where(r => r.Method is "PUT" or "POST").Select(r => new MockRequestSummary(r.Method, r.Path)).ToList();

    private sealed record MockRequestSummary(string Method, string Path);

    [Fact]
    public void A_project_training_set_and_consent_that_exist_as_asked_are_returned_with_a_warning_and_not_created_again()
    {
        using var audio = new CustomVoiceAudioFolder();
        var recording = audio.Wav("consent.wav", "CONSENT");
        var p = MockFixture.NewId("Rerun");
        var script = $$"""
            New-VoiceProject -Id '{{p}}' -Kind ProfessionalVoice -Locale en-US -Description 'Runbook project' -SkipExisting
            New-TrainingSet -Id '{{p}}-300' -ProjectId '{{p}}' -Locale en-US -VoiceKind Female -SkipExisting
            New-VoiceConsent -Id '{{p}}-consent' -ProjectId '{{p}}' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioPath '{{recording}}' -SkipExisting -Wait -PollingIntervalSec 0.2
            """;
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);

        var before = mock.Server.Requests.Count;
        var first = session.Run(script);
        Assert.True(first.Errors.Count == 0, first.ErrorText);
        Assert.Empty(first.Warnings);
        Assert.Equal(3, Writes(before).Count);

        before = mock.Server.Requests.Count;
        var again = session.Run(script);

        Assert.True(again.Errors.Count == 0, again.ErrorText);
        Assert.Empty(Writes(before));
        Assert.Equal(new[] { "SpeechCustom.VoiceProject", "SpeechCustom.TrainingSet", "SpeechCustom.VoiceConsent" }, again.Output.Select(o => o.TypeNames[0]));
        Assert.Equal(new[] { p, p + "-300", p + "-consent" }, again.Output.Select(o => Property(o, "Id")));
        Assert.Equal(Property(first.Output[0], "CreatedDateTime"), Property(again.Output[0], "CreatedDateTime"));
        Assert.Equal("Succeeded", Property(again.Output[2], "Status"));
        Assert.Equal(3, again.Warnings.Count);
        Assert.Contains($"The project '{p}' already exists with the same definition; returning it (-SkipExisting).", again.Warnings);
        Assert.Contains(again.Warnings, w => w.Contains($"training set '{p}-300' already exists", StringComparison.Ordinal));
        Assert.Contains(again.Warnings, w => w.Contains($"consent '{p}-consent' already exists", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("New-VoiceProject -Id '{0}' -Kind PersonalVoice -SkipExisting", "project", "Kind is 'ProfessionalVoice', not 'PersonalVoice'")]
    [InlineData("New-VoiceProject -Id '{0}' -Kind ProfessionalVoice -Locale de-DE -SkipExisting", "project", "Locale is 'en-US', not 'de-DE'")]
    [InlineData("New-TrainingSet -Id '{0}-300' -ProjectId '{0}' -Locale en-US -VoiceKind Male -SkipExisting", "training set", "VoiceKind is 'Female', not 'Male'")]
    [InlineData("New-VoiceConsent -Id '{0}-consent' -ProjectId '{0}' -VoiceTalentName 'Jessica Jones' -CompanyName Contoso -Locale en-US -AudioUrl 'https://contoso.blob.core.windows.net/c/j.wav' -SkipExisting", "consent", "VoiceTalentName is 'Jessica Smith', not 'Jessica Jones'")]
    public void An_id_taken_by_a_different_definition_is_an_error_that_names_the_difference(string command, string what, string difference)
    {
        var p = MockFixture.NewId("Taken");
        using var session = new ModuleSession();
        var setup = session.Run($$"""
            {{mock.ConnectWithKey}}
            New-VoiceProject -Id '{{p}}' -Kind ProfessionalVoice -Locale en-US
            New-TrainingSet -Id '{{p}}-300' -ProjectId '{{p}}' -Locale en-US -VoiceKind Female
            New-VoiceConsent -Id '{{p}}-consent' -ProjectId '{{p}}' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioUrl '{{Blob("consents")}}'
            """);
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var before = mock.Server.Requests.Count;

        var result = session.Run(string.Format(System.Globalization.CultureInfo.InvariantCulture, command, p));

        Assert.Empty(result.Output);
        Assert.Empty(Writes(before));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ExistsWithDifferentDefinition,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Contains($"already exists with a different definition: {difference}", error.ToString());
        Assert.Contains($"remove the existing {what} first", error.ErrorDetails.RecommendedAction);
    }

    [Fact]
    public void A_model_an_endpoint_and_a_personal_voice_that_exist_are_reused_and_a_different_model_is_refused()
    {
        var p = MockFixture.NewId("RerunModel");
        var endpointId = Guid.NewGuid().ToString();
        using var audio = new CustomVoiceAudioFolder();
        var prompt = audio.Wav("prompt.wav", "PROMPT");
        var steps = $$"""
            $model = $consent | New-VoiceModel -Id '{{p}}-model' -TrainingSetId '{{p}}-300' -VoiceName JessicaNeural -SkipExisting -Wait -PollingIntervalSec 0.2
            $model
            $model | New-VoiceEndpoint -Id '{{endpointId}}' -Kind FastResume -SkipExisting -Wait -PollingIntervalSec 0.2
            $pvConsent | New-PersonalVoice -Id '{{p}}-voice' -AudioPath '{{prompt}}' -SkipExisting -Wait -PollingIntervalSec 0.2
            """;
        using var session = new ModuleSession();
        var first = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{TrainedModel(p, modelId: null)}}
            $pvProject = New-VoiceProject -Id '{{p}}-pv' -Kind PersonalVoice
            $pvConsent = $pvProject | New-VoiceConsent -Id '{{p}}-pv-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioUrl '{{Blob("consents")}}'
            {{steps}}
            """);
        Assert.True(first.Errors.Count == 0, first.ErrorText);
        Assert.Empty(first.Warnings);
        var before = mock.Server.Requests.Count;

        var again = session.Run(steps);

        Assert.True(again.Errors.Count == 0, again.ErrorText);
        Assert.Empty(Writes(before));
        Assert.Equal(new[] { "SpeechCustom.VoiceModel", "SpeechCustom.VoiceEndpoint", "SpeechCustom.PersonalVoice" }, again.Output.Select(o => o.TypeNames[0]));
        Assert.Equal(new[] { p + "-model", endpointId, p + "-voice" }, again.Output.Select(o => Property(o, "Id")));
        Assert.All(again.Output, o => Assert.Equal("Succeeded", Property(o, "Status")));
        Assert.Equal(Property(first.Output[2], "SpeakerProfileId"), Property(again.Output[2], "SpeakerProfileId"));
        Assert.Equal(3, again.Warnings.Count);
        Assert.All(again.Warnings, w => Assert.Contains("already exists with the same definition", w));

        before = mock.Server.Requests.Count;
        var different = session.Run($"$consent | New-VoiceModel -Id '{p}-model' -TrainingSetId '{p}-300' -VoiceName JessicaNewNeural -SkipExisting");
        Assert.Empty(different.Output);
        Assert.Empty(Writes(before));
        var error = Assert.Single(different.Errors);
        Assert.StartsWith("ExistsWithDifferentDefinition,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("VoiceName is 'JessicaNeural', not 'JessicaNewNeural'", error.ToString());
    }
}
