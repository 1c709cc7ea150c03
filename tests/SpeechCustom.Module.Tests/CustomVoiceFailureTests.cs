using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// When the service says no, the user gets an error record with the service's reason as its ErrorId, a message that
/// says what to do, and the resource as it ended as its target.
/// </summary>
public sealed class CustomVoiceFailureTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void A_consent_recording_that_does_not_match_the_statement_fails_with_AudioAndScriptNotMatch()
    {
        using var audio = new CustomVoiceAudioFolder();
        var recording = audio.Wav("consent.wav", "SOMETHING-ELSE");
        var p = MockFixture.NewId("Consent");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $project = New-VoiceProject -Id '{{p}}' -Kind ProfessionalVoice
            $project | New-VoiceConsent -Id '{{p}}-fail-me' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioPath '{{recording}}' -Wait -PollingIntervalSec 0.2
            """);

        Assert.Null(result.Terminating);
        Assert.DoesNotContain(result.Output, o => o.TypeNames[0] == "SpeechCustom.VoiceConsent");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("AudioAndScriptNotMatch,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        var message = error.ToString();
        Assert.Contains(p + "-fail-me", message);
        Assert.Contains("does not match the consent statement", message);
        Assert.Contains("word for word", message);
        var consent = PSObject.AsPSObject(error.TargetObject);
        Assert.Equal("Failed", Property(consent, "Status"));
        Assert.Equal("AudioAndScriptNotMatch", Property(consent, "Properties.FailureReason"));
    }

    [Fact]
    public void A_model_without_enough_data_fails_with_DataNotEnough_and_names_the_training_sets_that_failed()
    {
        var p = MockFixture.NewId("DataNotEnough");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{TrainedModel(p, modelId: null)}}
            $consent | New-VoiceModel -Id '{{p}}-fail-me' -TrainingSetId $set.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2
            """);

        Assert.Null(result.Terminating);
        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("DataNotEnough,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        var message = error.ToString();
        Assert.Contains($"'{p}-fail-me'", message);
        Assert.Contains("not enough usable training data", message);
        Assert.Contains("Get-VoiceModelRecipe", message);
        Assert.Contains($"training sets that failed: '{p}-300'", message);
        var model = PSObject.AsPSObject(error.TargetObject);
        Assert.Equal("SpeechCustom.Engine.Models.CustomVoice.VoiceModel", model.BaseObject.GetType().FullName);
        Assert.Equal("Failed", Property(model, "Status"));
        Assert.Equal("DataNotEnough", Property(model, "Properties.FailureReason"));
        Assert.Equal(new[] { p + "-300" }, ((System.Collections.IEnumerable)Property(model, "Properties.FailedTrainingsets")!).Cast<object>().Select(o => o.ToString()));
    }

    [Fact]
    public async Task A_personal_voice_of_another_speaker_fails_with_SpeakerVerificationFailed()
    {
        using var audio = new CustomVoiceAudioFolder();
        var prompt = audio.Wav("someone-else.wav", "NOT-JESSICA");
        var p = MockFixture.NewId("Speaker");
        await mock.SeedPersonalVoiceProjectAsync(p, p + "-consent");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            Get-VoiceConsent -Id '{{p}}-consent' | New-PersonalVoice -Id '{{p}}-fail-me' -AudioPath '{{prompt}}' -Wait -PollingIntervalSec 0.2
            """);

        Assert.Empty(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SpeakerVerificationFailed,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("is not the voice talent of the consent", error.ToString());
        Assert.Equal("Failed", Property(PSObject.AsPSObject(error.TargetObject), "Status"));
    }

    [Fact]
    public void Deleting_a_project_with_an_endpoint_is_refused_with_advice_to_use_Force_and_Force_deletes_it_all()
    {
        var p = MockFixture.NewId("Blocked");
        using var session = new ModuleSession();
        var setup = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{TrainedModel(p)}}
            $endpoint = $model | New-VoiceEndpoint -Wait -PollingIntervalSec 0.2
            $endpoint.Id
            """);
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var endpointId = (string)Assert.Single(setup.Output).BaseObject;
        var before = mock.Server.Requests.Count;

        var refused = session.Run($"Remove-VoiceProject -Id '{p}' -Confirm:$false");

        var error = Assert.Single(refused.Errors);
        Assert.StartsWith("BadRequest,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("still has 1 model(s) and 1 endpoint(s)", error.ToString());
        Assert.Contains($"Remove-VoiceProject -Id {p} -Force", error.ErrorDetails.RecommendedAction);
        Assert.Contains("Remove-VoiceEndpoint", error.ErrorDetails.RecommendedAction);
        var delete = Assert.Single(mock.Server.Requests.Snapshot().Skip(before));
        Assert.Equal(("DELETE", 400), (delete.Method, delete.Status));
        Assert.DoesNotContain("forceDelete", delete.PathAndQuery);

        var check = session.Run($"(Get-VoiceEndpoint -Id '{endpointId}').Status; (Get-VoiceProject -Id '{p}').Id");
        Assert.Empty(check.Errors);
        Assert.Equal(new object[] { "Succeeded", p }, check.BaseObjects);

        var forced = session.Run($"Remove-VoiceProject -Id '{p}' -Force; Get-VoiceEndpoint -Id '{endpointId}'; Get-VoiceModel -Id '{p}-model'");
        Assert.Equal(2, forced.Errors.Count);
        Assert.All(forced.Errors, e => Assert.StartsWith("NotFound,", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Contains(mock.Server.Requests.Snapshot().Skip(before), r => r.Method == "DELETE" && r.PathAndQuery.Contains("forceDelete=true") && r.Status == 204);
    }
}
