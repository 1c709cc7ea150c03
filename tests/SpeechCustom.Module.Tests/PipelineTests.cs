using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// The first slice end to end on the staged module: upload training data, create a dataset and a personal voice,
/// and wait on all of them in one pipeline; failures come back as error records with the service's code and reason.
/// </summary>
public sealed class PipelineTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private string Blob(string container) => $"https://contoso.blob.core.windows.net/{container}?{MockFixture.Sas}";

    [Fact]
    public async Task An_upload_piped_to_Wait_SpeechOperation_ends_with_the_succeeded_training_set()
    {
        var project = MockFixture.NewId("Jessica");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $audios  = New-SpeechBlobSource -ContainerUrl '{{Blob("voicedata")}}' -Prefix 'jessica300/' -Extension .wav
            $scripts = New-SpeechBlobSource -ContainerUrl '{{Blob("voicedata")}}' -Prefix 'jessica300/' -Extension .txt
            $op = New-TrainingSetUpload -TrainingSetId '{{project}}-300' -Kind AudioAndScript -Audios $audios -Scripts $scripts -DisplayName 'Jessica 300'
            $op
            $op | Wait-SpeechOperation -PollingIntervalSec 0.2 -Verbose
            """);

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Equal(2, result.Output.Count);
        Assert.Equal("SpeechCustom.VoiceOperation", result.Output[0].TypeNames[0]);
        Assert.Equal(project + "-300", result.Output[0].Properties["TrainingSetId"].Value);
        var set = result.Output[1];
        Assert.Equal("SpeechCustom.TrainingSet", set.TypeNames[0]);
        Assert.Equal("Succeeded", set.Properties["Status"].Value);
        Assert.Equal(project + "-300", set.Properties["Id"].Value);
        Assert.True((int)((PSObject)PSObject.AsPSObject(set.Properties["Properties"].Value)).Properties["UtteranceCount"].Value > 0);
        Assert.Contains(result.Verbose, v => v.StartsWith("TrainingSetUpload " + project + "-300: ", StringComparison.Ordinal) && v.EndsWith("-> Succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dataset_piped_to_Wait_SpeechOperation_ends_succeeded_with_its_line_counts()
    {
        using var session = new ModuleSession();
        var name = MockFixture.NewId("calls-2026-11");

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{{name}}' -ContentUrl '{{Blob("speech")}}' -CustomProperty @{ team = 'contact-center' } |
                Wait-SpeechOperation -PollingIntervalSec 0.2
            """);

        Assert.Empty(result.Errors);
        var dataset = Assert.Single(result.Output);
        Assert.Equal("SpeechCustom.CsrDataset", dataset.TypeNames[0]);
        Assert.Equal("Succeeded", dataset.Properties["Status"].Value);
        Assert.Equal(name, dataset.Properties["DisplayName"].Value);
        Assert.True(Guid.TryParse((string)dataset.Properties["Id"].Value, out _));
        var properties = PSObject.AsPSObject(dataset.Properties["Properties"].Value);
        Assert.True((int)properties.Properties["AcceptedLineCount"].Value > 0);
    }

    [Fact]
    public async Task A_personal_voice_created_with_Wait_has_its_speaker_profile_id()
    {
        var project = MockFixture.NewId("PersonalVoice");
        await mock.SeedPersonalVoiceProjectAsync(project, project + "-consent");
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $prompt = New-SpeechBlobSource -ContainerUrl '{{Blob("prompts")}}' -Prefix 'jessica/' -Extension .wav
            New-PersonalVoice -Id '{{project}}-voice' -ProjectId '{{project}}' -ConsentId '{{project}}-consent' -Audios $prompt -Wait -PollingIntervalSec 0.2
            """);

        Assert.Empty(result.Errors);
        var voice = Assert.Single(result.Output);
        Assert.Equal("SpeechCustom.PersonalVoice", voice.TypeNames[0]);
        Assert.Equal("Succeeded", voice.Properties["Status"].Value);
        Assert.True(Guid.TryParse((string)voice.Properties["SpeakerProfileId"].Value, out _));
    }

    [Fact]
    public async Task One_wait_takes_a_mix_of_uploads_datasets_and_personal_voices_and_reports_each_failure_with_its_reason()
    {
        var project = MockFixture.NewId("Mix");
        await mock.SeedTrainingSetAsync(project, project + "-good");
        await mock.PutAsync($"customvoice/trainingsets/{project}-bad", new { projectId = project, locale = "en-US" });
        await mock.SeedPersonalVoiceProjectAsync(project + "-pv", project + "-consent");
        mock.Server.Failures.Add(project + "-bad");
        var badDataset = MockFixture.NewId("bad-dataset");
        mock.Server.Failures.Add(badDataset);
        using var session = new ModuleSession();

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $wav = New-SpeechBlobSource -ContainerUrl '{{Blob("voicedata")}}' -Prefix 'data/' -Extension .wav
            $txt = New-SpeechBlobSource -ContainerUrl '{{Blob("voicedata")}}' -Prefix 'data/' -Extension .txt
            $work = @(
                New-TrainingSetUpload -TrainingSetId '{{project}}-good' -Kind AudioAndScript -Audios $wav -Scripts $txt
                New-TrainingSetUpload -TrainingSetId '{{project}}-bad' -Kind AudioAndScript -Audios $wav -Scripts $txt
                New-CsrDataset -Kind Language -Locale en-US -DisplayName '{{badDataset}}' -ContentUrl '{{Blob("text")}}'
                New-CsrDataset -Kind Language -Locale en-US -DisplayName '{{project}}-text' -ContentUrl '{{Blob("text")}}'
                New-PersonalVoice -Id '{{project}}-voice' -ProjectId '{{project}}-pv' -ConsentId '{{project}}-consent' -Audios $wav
            )
            $work | Wait-SpeechOperation -PollingIntervalSec 0.2
            """);

        Assert.Null(result.Terminating);
        var types = result.Output.Select(o => o.TypeNames[0]).OrderBy(t => t).ToList();
        Assert.Equal(new[] { "SpeechCustom.CsrDataset", "SpeechCustom.PersonalVoice", "SpeechCustom.TrainingSet" }, types);
        Assert.All(result.Output, o => Assert.Equal("Succeeded", o.Properties["Status"].Value));

        Assert.Equal(2, result.Errors.Count);
        var upload = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("InaccessibleCustomerStorage,", StringComparison.Ordinal));
        Assert.Contains(project + "-bad", upload.Exception.Message);
        Assert.Contains("read and list", upload.Exception.Message);
        Assert.Equal(ErrorCategory.InvalidResult, upload.CategoryInfo.Category);
        var dataset = Assert.Single(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("DataImportFailed,", StringComparison.Ordinal));
        Assert.Contains(badDataset, dataset.Exception.Message);
        Assert.Contains("trans.txt", dataset.Exception.Message);
        var target = Assert.IsType<PSObject>(dataset.TargetObject);
        Assert.Equal("SpeechCustom.CsrDataset", target.TypeNames[0]);
        Assert.Equal("Failed", target.Properties["Status"].Value);
    }

    [Fact]
    public void Every_object_of_the_slice_is_displayed_by_its_default_view()
    {
        using var session = new ModuleSession();
        var name = MockFixture.NewId("view");

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            New-SpeechBlobSource -ContainerUrl '{{Blob("voicedata")}}' -Extension .wav | Out-Host
            New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName '{{name}}' -ContentUrl '{{Blob("speech")}}' -Wait -PollingIntervalSec 0.2 | Out-Host
            Get-SpeechContext | Out-Host
            """);

        Assert.Empty(result.Errors);
        Assert.Contains("ContainerUrl", result.HostText);
        Assert.Contains("Accepted", result.HostText);
        Assert.Contains(name, result.HostText);
        Assert.Contains("AuthType", result.HostText);
        Assert.DoesNotContain("PipelineSAS", result.HostText);
    }

    [Fact]
    public void Get_CsrDataset_lists_with_filters_and_paging()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("listed");

        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            1..5 | ForEach-Object { New-CsrDataset -Kind Language -Locale de-DE -DisplayName "{{tag}}-$_" -ContentUrl '{{Blob("text")}}' } | Out-Null
            $all = @(Get-CsrDataset -Locale de-DE -Kind Language | Where-Object DisplayName -like '{{tag}}-*')
            $two = @(Get-CsrDataset -Filter "displayName eq '{{tag}}-3'" -First 2)
            $byId = Get-CsrDataset -Id $two[0].Id
            $all.Count; $two.Count; $byId.DisplayName
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { 5, 1, tag + "-3" }, result.Output.Select(o => o.BaseObject));
    }
}
