using System.Text.Json;
using System.Xml.Linq;
using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.CustomVoiceScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Custom voice resources pipe into the cmdlets that consume them (ids bind by property name), Get-X | Remove-X
/// removes what was listed, and every output type has a default view.
/// </summary>
public sealed class CustomVoicePipelineBindingTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private static JsonElement BodyOf(MockRequestEntry request) => JsonDocument.Parse(request.Body).RootElement;

    [Fact]
    public void Each_resource_binds_the_ids_of_the_next_step_from_the_pipeline()
    {
        using var audio = new CustomVoiceAudioFolder();
        var prompt = audio.Wav("prompt.wav", "PROMPT");
        var p = MockFixture.NewId("Bind");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($$"""
            {{Sources}}
            $project = New-VoiceProject -Id '{{p}}' -Kind ProfessionalVoice -Locale en-US
            $set = $project | New-TrainingSet -Id '{{p}}-300'
            $consent = $project | New-VoiceConsent -Id '{{p}}-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -AudioUrl '{{Blob("consents")}}'
            $ready = $set | New-TrainingSetUpload -Kind AudioAndScript -Audios $wav -Scripts $txt -Wait -PollingIntervalSec 0.2
            $model = $consent | New-VoiceModel -Id '{{p}}-model' -TrainingSetId $ready.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2
            $endpoint = $model | New-VoiceEndpoint
            $pvProject = New-VoiceProject -Id '{{p}}-pv' -Kind PersonalVoice
            $pvConsent = $pvProject | New-VoiceConsent -Id '{{p}}-pv-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioUrl '{{Blob("consents")}}'
            $voice = $pvConsent | New-PersonalVoice -Id '{{p}}-voice' -AudioPath '{{prompt}}'
            $set.ProjectId; $set.Locale; $consent.ProjectId; $ready.Id; $model.ProjectId; $model.ConsentId; $endpoint.ModelId; $endpoint.ProjectId; $voice.ProjectId; $voice.ConsentId
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(
            new object[] { p, "en-US", p, p + "-300", p, p + "-consent", p + "-model", p, p + "-pv", p + "-pv-consent" },
            result.BaseObjects);

        // What was sent, not only what came back: the ids travelled from the piped objects into each request.
        var requests = mock.Server.Requests.Snapshot().Skip(before).ToList();
        var setPut = BodyOf(requests.Single(r => r.Method == "PUT" && r.Path == $"/customvoice/trainingsets/{p}-300"));
        Assert.Equal((p, "en-US"), (setPut.GetProperty("projectId").GetString(), setPut.GetProperty("locale").GetString()));
        Assert.Equal(p, BodyOf(requests.Single(r => r.Method == "PUT" && r.Path == $"/customvoice/consents/{p}-consent")).GetProperty("projectId").GetString());
        Assert.Single(requests, r => r.Method == "POST" && r.Path == $"/customvoice/trainingsets/{p}-300:upload");
        var modelPut = BodyOf(requests.Single(r => r.Method == "PUT" && r.Path == $"/customvoice/models/{p}-model"));
        Assert.Equal((p, p + "-consent"), (modelPut.GetProperty("projectId").GetString(), modelPut.GetProperty("consentId").GetString()));
        var endpointPut = BodyOf(requests.Single(r => r.Method == "PUT" && r.Path.StartsWith("/customvoice/endpoints/", StringComparison.Ordinal)));
        Assert.Equal((p, p + "-model"), (endpointPut.GetProperty("projectId").GetString(), endpointPut.GetProperty("modelId").GetString()));
        var voicePost = requests.Single(r => r.Method == "POST" && r.Path == $"/customvoice/personalvoices/{p}-voice");
        Assert.Contains($"name=\"projectId\"\r\n\r\n{p}-pv\r\n", voicePost.Body);
        Assert.Contains($"name=\"consentId\"\r\n\r\n{p}-pv-consent\r\n", voicePost.Body);
    }

    [Fact]
    public void Get_piped_to_Remove_removes_exactly_what_was_listed_for_every_resource()
    {
        var p = MockFixture.NewId("Cleanup");
        using var audio = new CustomVoiceAudioFolder();
        var prompt = audio.Wav("prompt.wav", "PROMPT");
        using var session = new ModuleSession();
        var setup = session.Run($$"""
            {{mock.ConnectWithKey}}
            {{TrainedModel(p)}}
            $failed = $consent | New-VoiceModel -Id '{{p}}-fail-me' -TrainingSetId $set.Id -VoiceName JessicaNeural -Wait -PollingIntervalSec 0.2 -ErrorAction SilentlyContinue
            $endpoint = $model | New-VoiceEndpoint -Wait -PollingIntervalSec 0.2
            $pvConsent = New-VoiceProject -Id '{{p}}-pv' -Kind PersonalVoice | New-VoiceConsent -Id '{{p}}-pv-consent' -VoiceTalentName 'Jessica Smith' -CompanyName Contoso -Locale en-US -AudioUrl '{{Blob("consents")}}'
            $pvConsent | New-PersonalVoice -Id '{{p}}-voice-1' -AudioPath '{{prompt}}' | Out-Null
            $pvConsent | New-PersonalVoice -Id '{{p}}-voice-2' -AudioPath '{{prompt}}' | Out-Null
            $endpoint.Id
            """);
        var endpointId = (string)setup.Output[^1].BaseObject;
        var before = mock.Server.Requests.Count;

        var result = session.Run($$"""
            Get-VoiceModel -ProjectId '{{p}}' | Where-Object Status -eq Failed | Remove-VoiceModel -Force
            @(Get-VoiceModel -ProjectId '{{p}}' | ForEach-Object Id) -join ','
            Get-VoiceEndpoint -ProjectId '{{p}}' | Remove-VoiceEndpoint -Force
            Get-VoiceModel -ProjectId '{{p}}' | Remove-VoiceModel -Force
            Get-TrainingSet -ProjectId '{{p}}' | Remove-TrainingSet -Force
            Get-VoiceConsent -ProjectId '{{p}}' | Remove-VoiceConsent -Force
            Get-PersonalVoice -ProjectId '{{p}}-pv' | Remove-PersonalVoice -Force
            Get-VoiceConsent -ProjectId '{{p}}-pv' | Remove-VoiceConsent -Force
            Get-VoiceProject -Id '{{p}}', '{{p}}-pv' | Remove-VoiceProject -Confirm:$false
            @(Get-VoiceProject | Where-Object Id -like '{{p}}*').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { p + "-model", 0 }, result.BaseObjects);
        var deletes = mock.Server.Requests.Snapshot().Skip(before).Where(r => r.Method == "DELETE").ToList();
        Assert.Equal(
            new[]
            {
                $"/customvoice/models/{p}-fail-me", $"/customvoice/endpoints/{endpointId}", $"/customvoice/models/{p}-model",
                $"/customvoice/trainingsets/{p}-300", $"/customvoice/consents/{p}-consent",
                $"/customvoice/personalvoices/{p}-voice-1", $"/customvoice/personalvoices/{p}-voice-2", $"/customvoice/consents/{p}-pv-consent",
                $"/customvoice/projects/{p}", $"/customvoice/projects/{p}-pv",
            },
            deletes.Select(d => d.Path));
        Assert.All(deletes, d => Assert.Equal(204, d.Status));
    }

    [Fact]
    public void Every_custom_voice_output_type_has_a_default_view_and_the_catalogs_use_theirs()
    {
        var types = new[] { "VoiceProject", "VoiceConsent", "TrainingSet", "VoiceOperation", "VoiceModel", "VoiceEndpoint", "PersonalVoice", "VoiceModelRecipe", "VoiceBaseModel" }
            .Select(t => "SpeechCustom." + t).ToList();
        var views = XDocument.Load(Path.Combine(RepoPaths.ModuleFolder, "SpeechCustom.format.ps1xml")).Descendants("View")
            .Where(v => v.Element("TableControl") != null).SelectMany(v => v.Descendants("TypeName")).Select(t => t.Value).ToHashSet();
        Assert.All(types, t => Assert.Contains(t, views));

        using var session = new ModuleSession();
        var result = session.Run($"""
            {mock.ConnectWithKey}
            $recipes = @(Get-VoiceModelRecipe)
            $recipes | Out-Host
            $bases = @(Get-VoiceBaseModel)
            $bases | Out-Host
            $recipes[0].PSTypeNames[0]; $bases[0].PSTypeNames[0]
            @(Get-VoiceModelRecipe -Kind Multi*).Kind
            @(Get-VoiceModelRecipe | ForEach-Object Kind) -join ','
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "SpeechCustom.VoiceModelRecipe", "SpeechCustom.VoiceBaseModel", "MultiStyle", "Default,CrossLingual,MultiStyle,HD" }, result.BaseObjects);
        AssertTableHeader(result.HostText, "Kind", "Version", "MinUtterances", "MinDuration(s)", "Locales", "Description");
        AssertTableHeader(result.HostText, "Name", "Capabilities", "Released", "Expires", "Description");
        Assert.Contains("DragonLatestNeural", result.HostText);
    }
}
