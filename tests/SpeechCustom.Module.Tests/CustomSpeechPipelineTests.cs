using System.Management.Automation;
using System.Text.Json;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// How the custom speech cmdlets compose: projects pipe into the lists of what they hold, objects bind the parameters of
/// their kind, PATCH sends only what was given, lists push -First/-Skip and the filters to the service, and models near
/// their deprecation dates are called out.
/// </summary>
public sealed class CustomSpeechPipelineTests(CustomSpeechFixture mock) : IClassFixture<CustomSpeechFixture>
{
    private RunResult Run(ModuleSession session, string script, Dictionary<string, object?>? variables = null)
    {
        var setup = session.Run($"{mock.ConnectWithKey}\n{mock.Objects}");
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        return session.Run(script, variables);
    }

    [Fact]
    public void A_project_pipes_into_the_datasets_it_holds_and_a_dataset_passes_its_project_on()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("proj");

        var result = Run(session, $$"""
            $project = New-CsrProject -DisplayName '{{tag}}' -Locale en-US
            $first = $project | New-CsrDataset -Kind Language -DisplayName '{{tag}}-1' -ContentUrl '{{CustomSpeechFixture.ContentUrl("a.txt")}}'
            $second = $first | New-CsrDataset -Kind Language -DisplayName '{{tag}}-2' -ContentUrl '{{CustomSpeechFixture.ContentUrl("b.txt")}}'
            $project | Get-CsrDataset | ForEach-Object DisplayName
            (Get-CsrProject -Id $project.Id | Get-CsrDataset -First 1).DisplayName
            $second.Locale
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { tag + "-1", tag + "-2", tag + "-1", "en-US" }, result.BaseObjects);
        Assert.Contains(mock.Server.Requests.Snapshot(), r => r.Method == "GET" && r.Path.Contains("/projects/", StringComparison.Ordinal) && r.Path.EndsWith("/datasets", StringComparison.Ordinal));
    }

    [Fact]
    public void References_name_the_right_collection_whatever_form_they_come_in()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("refs");

        var result = Run(session, $$"""
            # A bare base-model id: a base model, not a custom model, is deployed.
            $endpoint = New-CsrEndpoint -DisplayName '{{tag}}' -Locale en-US -Model $base.Id
            $endpoint.Model.Self
            $endpoint | Remove-CsrEndpoint -Force
            # Audio without transcripts can be evaluated (transcriptions to compare), with a warning about word error rates.
            $audioOnly = New-CsrDataset -Kind AudioFiles -Locale en-US -DisplayName '{{tag}}-audio' -ContentUrl '{{CustomSpeechFixture.ContentUrl("calls.zip")}}' -Wait -PollingIntervalSec 0.2
            $evaluation = New-CsrEvaluation -DisplayName '{{tag}}' -Model1 $model -Model2 $base -Dataset $audioOnly -Wait -PollingIntervalSec 0.2
            $evaluation.Dataset.Id -eq $audioOnly.Id
            $evaluation.Status + '|' + ($null -eq $evaluation.WordErrorRate1) + '|' + ($null -eq $evaluation.WordErrorRateDelta)
            $evaluation | Remove-CsrEvaluation -Force
            $audioOnly | Remove-CsrDataset -Force
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Contains("/models/base/" + session.Run("$base.Id").Output[0].BaseObject + "?", (string)result.Output[0].BaseObject, StringComparison.Ordinal);
        Assert.Equal(true, result.Output[1].BaseObject);
        Assert.Equal("Succeeded|True|True", result.Output[2].BaseObject);
        Assert.Contains(result.Warnings, w => w.Contains("no word error rates", StringComparison.Ordinal));

        // The URL of a dataset is not a project: refused before anything is sent, instead of going out as "project".
        var before = mock.Server.Requests.Count;
        var wrong = session.Run($"New-CsrEndpoint -DisplayName '{tag}' -Locale en-US -Model $model.Id -Project $acoustic.Self");
        Assert.StartsWith("InvalidReference,", wrong.FirstError!.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("is not the URL of a project", wrong.FirstError.ToString());
        Assert.Equal(before, mock.Server.Requests.Count);
    }

    [Fact]
    public void Set_sends_only_the_fields_given()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("set");

        var result = Run(session, $$"""
            $project = New-CsrProject -DisplayName '{{tag}}' -Locale en-US
            $dataset = New-CsrDataset -Kind Language -Locale en-US -DisplayName '{{tag}}-text' -Description 'first' -ContentUrl '{{CustomSpeechFixture.ContentUrl("a.txt")}}'
            $dataset | Set-CsrDataset -Description 'second' -PassThru
            $dataset | Set-CsrDataset -Project $project -PassThru
            $project | Set-CsrProject -FoundryProjectName 'foundry-calls' -PassThru
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(3, result.Output.Count);
        Assert.Equal("second", result.Output[0].Properties["Description"].Value);
        Assert.Equal(tag + "-text", result.Output[0].Properties["DisplayName"].Value);
        Assert.Equal(result.Output[2].Properties["Id"].Value, PSObject.AsPSObject(result.Output[1].Properties["Project"].Value).Properties["Id"].Value);
        Assert.Equal("foundry-calls", result.Output[2].Properties["FoundryProjectName"].Value);

        var patches = mock.Server.Requests.Snapshot().Where(r => r.Method == "PATCH").TakeLast(3).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(new[] { "description" }, patches[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "project" }, patches[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { "foundryProjectName" }, patches[2].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Lists_push_First_Skip_and_the_filters_to_the_service()
    {
        using var session = new ModuleSession();
        var before = mock.Server.Requests.Count;

        var result = Run(session, """
            @(Get-CsrDataset -Skip 1 -First 2).Count
            Get-CsrModel -Locale en-US -Status Succeeded -Filter "displayName eq 'nothing' or displayName eq 'seed-model'" | ForEach-Object DisplayName
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { 2, "seed-model" }, result.BaseObjects);
        var requests = mock.Server.Requests.Snapshot().Skip(before).Select(r => Uri.UnescapeDataString(r.PathAndQuery)).ToList();
        Assert.Contains(requests, q => q.StartsWith("/speechtotext/datasets?", StringComparison.Ordinal) && q.Contains("skip=1") && q.Contains("top=2"));
        Assert.Contains(requests, q => q.StartsWith("/speechtotext/models?", StringComparison.Ordinal)
            && q.Contains("filter=locale eq 'en-US' and status eq 'Succeeded' and (displayName eq 'nothing' or displayName eq 'seed-model')"));
    }

    [Fact]
    public void Piped_datasets_train_one_model_and_piped_models_and_datasets_bind_their_own_evaluation_parameters()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("bind");

        var result = Run(session, $$"""
            $trained = $acoustic, $language | New-CsrModel -DisplayName '{{tag}}' -BaseModel $base
            @($trained).Count
            @($trained.Datasets).Count
            $model | New-CsrEvaluation -DisplayName e1 -Model2 $base -Dataset $acoustic -WhatIf
            $acoustic | New-CsrEvaluation -DisplayName e2 -Model1 $model -Model2 $base -WhatIf
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { 1, 2 }, result.BaseObjects);
        Assert.Contains($"Evaluate {mock.ModelId} against '{Base(session)}'", result.HostText);
        Assert.Contains($"on dataset {mock.AcousticId}", result.HostText);
    }

    [Fact]
    public void Ids_and_objects_pipe_into_get_and_remove()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("rm");

        var result = Run(session, $$"""
            1..3 | ForEach-Object { New-CsrDataset -Kind Language -Locale en-US -DisplayName "{{tag}}-$_" -ContentUrl '{{CustomSpeechFixture.ContentUrl("a.txt")}}' } | Out-Null
            $acoustic.Id | Get-CsrDataset | ForEach-Object DisplayName
            Get-CsrDataset -Locale en-US -Kind Language | Where-Object DisplayName -like '{{tag}}-*' | Remove-CsrDataset -Force
            @(Get-CsrDataset -Locale en-US -Kind Language | Where-Object DisplayName -like '{{tag}}-*').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "seed-calls", 0 }, result.BaseObjects);
    }

    [Fact]
    public void Models_near_their_deprecation_dates_are_called_out_when_read_and_when_used_but_not_in_the_base_model_catalog()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("old");

        var listed = Run(session, "Get-CsrBaseModel -Locale en-US | Out-Null");
        var read = session.Run("Get-CsrBaseModel -Locale en-US | Where-Object DisplayName -in '20220212 + Audio file adaptation', '20201015' | ForEach-Object Id | Get-CsrBaseModel | Out-Null");
        var used = session.Run($"""
            $old = Get-CsrBaseModel -Locale en-US -DisplayName '20220212 + Audio file adaptation'
            New-CsrModel -DisplayName '{tag}' -BaseModel $old -Dataset $acoustic | ForEach-Object Status
            """);

        // The catalog holds dozens of old base models per locale: listing it stays quiet (the dates are columns of its view).
        Assert.True(listed.Errors.Count == 0, listed.ErrorText);
        Assert.Empty(listed.Warnings);
        Assert.Contains(read.Warnings, w => w.StartsWith("Base model '20220212 + Audio file adaptation'", StringComparison.Ordinal) && w.Contains("can no longer be adapted after", StringComparison.Ordinal));
        Assert.Contains(read.Warnings, w => w.StartsWith("Base model '20220212 + Audio file adaptation'", StringComparison.Ordinal) && w.Contains("can no longer transcribe after", StringComparison.Ordinal));
        Assert.Contains(read.Warnings, w => w.StartsWith("Base model '20201015'", StringComparison.Ordinal) && w.Contains("can no longer be adapted since", StringComparison.Ordinal));

        Assert.True(used.Errors.Count == 0, used.ErrorText);
        Assert.True(used.Warnings.Count == 1, string.Join("\n", used.Warnings));
        var warning = Assert.Single(used.Warnings);
        Assert.Contains("can no longer be adapted after", warning);
        Assert.Contains("Get-CsrBaseModel -Latest -Locale en-US", warning);
    }

    [Fact]
    public void The_import_report_is_read_from_its_SAS_URL_without_the_speech_key_as_typed_lines()
    {
        using var session = new ModuleSession();
        var before = mock.Server.BlobRequests.Count;

        var result = Run(session, "$acoustic | Get-CsrDatasetFile -Report");

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.All(result.Output, o => Assert.Equal("SpeechCustom.CsrDatasetReportLine", o.TypeNames[0]));
        var accepted = (int)PSObject.AsPSObject(session.Run("$acoustic.Properties.AcceptedLineCount").Output[0]).BaseObject;
        var rejected = result.Output.Where(o => !(bool)o.Properties["Accepted"].Value).ToList();
        Assert.Equal(accepted, result.Output.Count(o => (bool)o.Properties["Accepted"].Value));
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.False(string.IsNullOrEmpty((string)r.Properties["Reason"].Value)));
        Assert.All(result.Output, o => Assert.NotNull(o.Properties["Line"].Value));
        var reads = mock.Server.BlobRequests.Snapshot().Skip(before).ToList();
        Assert.NotEmpty(reads);
        Assert.All(reads, r => Assert.False(r.CarriesCredentials));

        // -First and -Skip apply to the lines of the report, which is read whole.
        var window = session.Run("$acoustic | Get-CsrDatasetFile -Report -Skip 1 -First 2 | ForEach-Object Line");
        Assert.Equal(result.Output.Skip(1).Take(2).Select(o => o.Properties["Line"].Value), window.BaseObjects);
    }

    [Fact]
    public void A_piped_project_lends_a_new_dataset_its_id_but_not_its_description()
    {
        using var session = new ModuleSession();
        var tag = MockFixture.NewId("desc");

        var result = Run(session, $$"""
            $project = New-CsrProject -DisplayName '{{tag}}' -Locale en-US -Description 'What the project is for'
            $dataset = $project | New-CsrDataset -Kind Language -DisplayName '{{tag}}-text' -ContentUrl '{{CustomSpeechFixture.ContentUrl("a.txt")}}'
            $dataset.Project.Id -eq $project.Id
            $null -eq $dataset.Description
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { true, true }, result.BaseObjects);
    }

    private string Base(ModuleSession session) => (string)session.Run("$base.DisplayName").Output[0].BaseObject;
}
