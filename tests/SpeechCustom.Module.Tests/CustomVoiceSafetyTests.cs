using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Ids are chosen by people and shared across kinds ('Jessica' is often a project, a consent and a model): piping one kind
/// into another kind's Get-/Remove- must never act on the namesake; and what cannot be made idempotent says so.
/// </summary>
public sealed class CustomVoiceSafetyTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public void A_project_piped_to_Remove_VoiceModel_is_refused_and_the_model_of_the_same_name_survives()
    {
        var project = MockFixture.NewId("Same");
        using var session = new ModuleSession();
        var setup = session.Run($"{mock.ConnectWithKey}\n{CustomVoiceScripts.TrainedModel(project, modelId: string.Empty)}");
        Assert.True(setup.Errors.Count == 0, setup.ErrorText);
        var before = mock.Server.Requests.Count;

        var result = session.Run($"""
            Get-VoiceProject -Id '{project}' | Remove-VoiceModel -Force
            (Get-VoiceModel -Id '{project}').Status
            """);

        var error = Assert.Single(result.Errors);
        Assert.Contains("A VoiceProject cannot be used as a VoiceModel id", error.ToString());
        Assert.Equal("Succeeded", Assert.Single(result.Output).BaseObject);
        Assert.DoesNotContain(CustomVoiceScripts.RequestsSince(mock, before), r => r.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public void Objects_of_the_right_kind_and_plain_ids_still_pipe_into_Get_and_Remove()
    {
        var project = MockFixture.NewId("Pipe");
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            $p = New-VoiceProject -Id '{{project}}' -Kind ProfessionalVoice
            ($p | Get-VoiceProject).Id
            ('{{project}}' | Get-VoiceProject).Kind
            [pscustomobject]@{ Id = '{{project}}' } | Remove-VoiceProject -Force -Verbose
            @(Get-VoiceProject -Id '{{project}}' -ErrorAction SilentlyContinue).Count
            """);

        Assert.Equal(new object[] { project, "ProfessionalVoice", 0 }, result.Output.Select(o => o.BaseObject));
        Assert.Contains(result.Verbose, v => v == $"Removed project '{project}'.");
    }

    [Fact]
    public async Task A_failed_consent_from_an_error_record_pipes_into_Remove_VoiceConsent()
    {
        var project = MockFixture.NewId("Target");
        await mock.SeedPersonalVoiceProjectAsync(project, project + "-fail-me");
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            Get-VoiceConsent -Id '{{project}}-fail-me' | Wait-SpeechOperation -PollingIntervalSec 0.2 -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].TargetObject.PSTypeNames[0]
            $failed[0].TargetObject | Remove-VoiceConsent -Force
            @(Get-VoiceConsent -ProjectId '{{project}}').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { "SpeechCustom.VoiceConsent", 0 }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void A_failed_delete_does_not_claim_to_have_removed_anything()
    {
        using var session = new ModuleSession();
        var result = session.Run($"{mock.ConnectWithKey}\nRemove-TrainingSet -Id 'no-such-set' -Force -Verbose");

        Assert.StartsWith("NotFound,", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Verbose, v => v.StartsWith("Removed", StringComparison.Ordinal));
    }

    [Fact]
    public void New_VoiceEndpoint_SkipExisting_without_an_id_is_refused_because_every_run_would_deploy_another_endpoint()
    {
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run("New-VoiceEndpoint -ProjectId Jessica -ModelId JessicaModel -SkipExisting");

        Assert.StartsWith("SkipExistingNeedsId,", Assert.Single(result.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-Id", result.Errors[0].ToString());
        Assert.Equal(before, mock.Server.Requests.Count);
    }

    [Fact]
    public void A_list_sends_one_filter_condition_and_applies_the_others_to_what_comes_back()
    {
        var project = MockFixture.NewId("Filter");
        using var session = new ModuleSession();
        var result = session.Run($$"""
            {{mock.ConnectWithKey}}
            New-VoiceProject -Id '{{project}}' -Kind PersonalVoice | Out-Null
            foreach ($locale in 'en-US', 'de-DE', 'de-DE') {
                New-VoiceConsent -Id "{{project}}-$locale-$([guid]::NewGuid().ToString('N').Substring(0, 6))" -ProjectId '{{project}}' -VoiceTalentName 'J S' -CompanyName Contoso -Locale $locale -AudioUrl '{{CustomVoiceScripts.Blob("consents")}}' | Out-Null
            }
            @(Get-VoiceConsent -ProjectId '{{project}}' -Locale de-DE).Count
            @(Get-VoiceConsent -ProjectId '{{project}}' -Locale de-DE -Skip 1).Count
            @($server.Requests.Snapshot() | Where-Object { $_.Path -eq '/customvoice/consents' }) | ForEach-Object { [uri]::UnescapeDataString($_.PathAndQuery) }
            """, new Dictionary<string, object?> { ["server"] = mock.Server });

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(2, result.Output[0].BaseObject);
        Assert.Equal(1, result.Output[1].BaseObject);
        var queries = result.Output.Skip(2).Select(o => (string)o.BaseObject).Where(q => q.Contains(project)).ToList();
        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.DoesNotContain(" and ", q));
        Assert.All(queries, q => Assert.DoesNotContain("skip=", q));
    }
}
