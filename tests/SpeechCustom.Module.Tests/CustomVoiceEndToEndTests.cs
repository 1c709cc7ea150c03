using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Custom voice end to end on the staged module, as a user scripts it: a professional voice from project to endpoint and
/// back to nothing, and a personal voice from local recordings to its speaker profile id.
/// </summary>
public sealed class CustomVoiceEndToEndTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void A_professional_voice_goes_from_project_to_a_resumed_endpoint_and_is_removed_again_in_one_pipeline()
    {
        using var audio = new CustomVoiceAudioFolder();
        var consentFile = audio.Wav("jessica-consent.wav", "JESSICA-CONSENT-RECORDING");
        var p = MockFixture.NewId("Jessica");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        // Every step's object goes to the output (for its type and state) and to Out-Host (for its default view).
        var result = session.Run($$"""
            {{Sources}}
            $project = New-VoiceProject -Id '{{p}}' -Kind ProfessionalVoice -Locale en-US -Description 'Jessica, professional voice'
            $project; $project | Out-Host
            $consent = $project | New-VoiceConsent -Id '{{p}}-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioPath '{{consentFile}}' -Wait -PollingIntervalSec 0.2
            $consent; $consent | Out-Host
            $set = $project | New-TrainingSet -Id '{{p}}-300' -VoiceKind Female
            $set; $set | Out-Host
            $upload = $set | New-TrainingSetUpload -Kind AudioAndScript -Audios $wav -Scripts $txt
            $upload; $upload | Out-Host
            $ready = $upload | Wait-SpeechOperation -PollingIntervalSec 0.2
            $ready; $ready | Out-Host
            $model = $consent | New-VoiceModel -Id '{{p}}-model' -TrainingSetId $ready.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2
            $model; $model | Out-Host
            $endpoint = $model | New-VoiceEndpoint -Kind HighPerformance -Wait -PollingIntervalSec 0.2
            $endpoint; $endpoint | Out-Host
            $suspended = $endpoint | Suspend-VoiceEndpoint -Wait -PollingIntervalSec 0.2
            $suspended; $suspended | Out-Host
            $resumed = $suspended | Resume-VoiceEndpoint -Wait -PollingIntervalSec 0.2
            $resumed; $resumed | Out-Host

            $resumed | Remove-VoiceEndpoint -Confirm:$false
            $model | Remove-VoiceModel -Confirm:$false
            $ready | Remove-TrainingSet -Confirm:$false
            $consent | Remove-VoiceConsent -Confirm:$false
            $project | Remove-VoiceProject -Confirm:$false
            """);

        Assert.Null(result.Terminating);
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(
            new[] { "VoiceProject", "VoiceConsent", "TrainingSet", "VoiceOperation", "TrainingSet", "VoiceModel", "VoiceEndpoint", "VoiceEndpoint", "VoiceEndpoint" }.Select(t => "SpeechCustom." + t),
            result.Output.Select(o => o.TypeNames[0]));

        var (project, consent, set, upload, ready, model, endpoint, suspended, resumed) =
            (result.Output[0], result.Output[1], result.Output[2], result.Output[3], result.Output[4], result.Output[5], result.Output[6], result.Output[7], result.Output[8]);
        Assert.Equal(p, Property(project, "Id"));
        Assert.Equal("ProfessionalVoice", Property(project, "Kind"));
        Assert.Equal("en-US", Property(project, "Locale"));
        Assert.Equal(p, Property(consent, "ProjectId"));
        Assert.Equal("Succeeded", Property(consent, "Status"));
        Assert.Equal("en-US", Property(consent, "Locale"));
        Assert.Equal(p, Property(set, "ProjectId"));
        Assert.Equal(p + "-300", Property(upload, "TrainingSetId"));
        Assert.Equal("Succeeded", Property(ready, "Status"));
        Assert.True((int)Property(ready, "Properties.UtteranceCount")! > 0);
        Assert.Equal("Succeeded", Property(model, "Status"));
        Assert.Equal("JessicaNeural", Property(model, "VoiceName"));
        Assert.Equal(p + "-consent", Property(model, "ConsentId"));
        Assert.Equal(p + "-300", Property(model, "TrainingSetId"));
        var endpointId = (string)Property(endpoint, "Id")!;
        Assert.True(Guid.TryParse(endpointId, out _), endpointId);
        Assert.Equal(p + "-model", Property(endpoint, "ModelId"));
        Assert.Equal("Succeeded", Property(endpoint, "Status"));
        Assert.Equal(endpointId, Property(suspended, "Id"));
        Assert.Equal("Disabled", Property(suspended, "Status"));
        Assert.Equal(endpointId, Property(resumed, "Id"));
        Assert.Equal("Succeeded", Property(resumed, "Status"));

        // Each object was displayed by its own default view.
        AssertTableHeader(result.HostText, "Id", "Kind", "Locale", "DisplayName", "Created");
        AssertTableHeader(result.HostText, "Id", "ProjectId", "VoiceTalentName", "Locale", "Status", "FailureReason");
        AssertTableHeader(result.HostText, "Id", "ProjectId", "Locale", "Status", "Utterances", "Duration(s)", "LastAction");
        AssertTableHeader(result.HostText, "Id", "Kind", "Resource", "Status", "Error");
        AssertTableHeader(result.HostText, "Id", "VoiceName", "Recipe", "ProjectId", "Locale", "Status", "FailureReason");
        AssertTableHeader(result.HostText, "Id", "ModelId", "Kind", "ProjectId", "Status", "LastAction");
        Assert.Contains(endpointId, result.HostText);
        Assert.Contains("Disabled", result.HostText);

        var requests = mock.Server.Requests.Snapshot().Skip(before).ToList();
        // The consent recording went up from the local file, as multipart form data.
        var consentPost = Assert.Single(requests, r => r.Method == "POST" && r.Path == $"/customvoice/consents/{p}-consent");
        Assert.StartsWith("multipart/form-data", consentPost.Headers["Content-Type"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("JESSICA-CONSENT-RECORDING", consentPost.Body);
        Assert.Contains("filename=\"jessica-consent.wav\"", consentPost.Body);

        // Everything was removed, children first, and the empty project needed no forceDelete.
        var deletes = requests.Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(
            new[] { $"/customvoice/endpoints/{endpointId}", $"/customvoice/models/{p}-model", $"/customvoice/trainingsets/{p}-300", $"/customvoice/consents/{p}-consent", $"/customvoice/projects/{p}" },
            deletes.Select(r => r.Path));
        Assert.All(deletes, d => Assert.Equal(204, d.Status));
        Assert.DoesNotContain("forceDelete", deletes[^1].PathAndQuery);

        var gone = session.Run($"Get-VoiceProject -Id '{p}'; @(Get-VoiceEndpoint -ProjectId '{p}').Count; @(Get-TrainingSet -ProjectId '{p}').Count");
        var notFound = Assert.Single(gone.Errors);
        Assert.StartsWith("NotFound,", notFound.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(new object[] { 0, 0 }, gone.BaseObjects);
    }

    [Fact]
    public void A_personal_voice_made_from_a_wav_and_an_mp3_file_ends_with_a_speaker_profile_id()
    {
        using var audio = new CustomVoiceAudioFolder();
        var consentFile = audio.Wav("consent.wav", "PV-CONSENT-STATEMENT");
        var prompt1 = audio.Wav("prompt-1.wav", "PV-PROMPT-ONE-WAV");
        var prompt2 = audio.Mp3("prompt-2.mp3", "PV-PROMPT-TWO-MP3");
        var p = MockFixture.NewId("Personal");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($$"""
            $project = New-VoiceProject -Id '{{p}}' -Kind PersonalVoice
            $project
            $consent = $project | New-VoiceConsent -Id '{{p}}-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioPath '{{consentFile}}' -Wait -PollingIntervalSec 0.2
            $consent
            $voice = $consent | New-PersonalVoice -Id '{{p}}-voice' -AudioPath '{{prompt1}}', '{{prompt2}}' -Wait -PollingIntervalSec 0.2
            $voice; $voice | Out-Host
            (Get-PersonalVoice -Id '{{p}}-voice').SpeakerProfileId
            """);

        Assert.Null(result.Terminating);
        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new[] { "SpeechCustom.VoiceProject", "SpeechCustom.VoiceConsent", "SpeechCustom.PersonalVoice" }, result.Output.Take(3).Select(o => o.TypeNames[0]));
        Assert.Equal("PersonalVoice", Property(result.Output[0], "Kind"));
        Assert.Equal("Succeeded", Property(result.Output[1], "Status"));
        var voice = result.Output[2];
        Assert.Equal("Succeeded", Property(voice, "Status"));
        Assert.Equal(p, Property(voice, "ProjectId"));
        Assert.Equal(p + "-consent", Property(voice, "ConsentId"));
        var speakerProfileId = (string)Property(voice, "SpeakerProfileId")!;
        Assert.True(Guid.TryParse(speakerProfileId, out _), speakerProfileId);
        Assert.Equal(speakerProfileId, result.Output[3].BaseObject);
        AssertTableHeader(result.HostText, "Id", "SpeakerProfileId", "ProjectId", "ConsentId", "Status", "FailureReason");
        Assert.Contains(speakerProfileId, result.HostText);

        // Both local recordings went up in one multipart request, each with its own file name and content.
        var post = Assert.Single(mock.Server.Requests.Snapshot().Skip(before), r => r.Method == "POST" && r.Path == $"/customvoice/personalvoices/{p}-voice");
        Assert.StartsWith("multipart/form-data", post.Headers["Content-Type"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("filename=\"prompt-1.wav\"", post.Body);
        Assert.Contains("filename=\"prompt-2.mp3\"", post.Body);
        Assert.Contains("PV-PROMPT-ONE-WAV", post.Body);
        Assert.Contains("PV-PROMPT-TWO-MP3", post.Body);
        Assert.Contains("audio/mpeg", post.Body);
    }
}
