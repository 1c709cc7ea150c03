using System.Management.Automation;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>Get-Help shows a synopsis, a description, every parameter and an example for every cmdlet.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Cmdlets()
    {
        using var session = new ModuleSession();
        var data = new TheoryData<string>();
        foreach (var name in session.Run("(Get-Command -Module SpeechCustom).Name").Output)
            data.Add((string)name.BaseObject);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void Get_Help_shows_synopsis_description_parameters_and_examples(string cmdlet)
    {
        using var session = new ModuleSession();
        var result = session.Run($$"""
            $help = Get-Help {{cmdlet}} -Full
            $help.Synopsis
            ($help.Description | ForEach-Object Text) -join ' '
            @($help.Examples.Example).Count
            $documented = @{}
            foreach ($p in @($help.Parameters.Parameter | Where-Object { $_ })) { $documented[$p.Name] = (($p.Description | ForEach-Object Text) -join ' ') }
            $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
            (Get-Command {{cmdlet}}).Parameters.Keys | Where-Object { $common -notcontains $_ } | Where-Object { -not $documented[$_] }
            """);

        Assert.Empty(result.Errors);
        var synopsis = (string)result.Output[0].BaseObject;
        Assert.False(string.IsNullOrWhiteSpace(synopsis));
        Assert.NotEqual(cmdlet, synopsis.Trim()); // without help, PowerShell shows the syntax as the synopsis
        Assert.True(((string)result.Output[1].BaseObject).Length > 40, "the description is too short");
        Assert.True((int)result.Output[2].BaseObject >= 1, "no example");
        var undocumented = result.Output.Skip(3).Select(o => (string)o.BaseObject).ToList();
        Assert.True(undocumented.Count == 0, "parameters without a description: " + string.Join(", ", undocumented));
    }

    [Fact]
    public async Task The_committed_help_is_complete_and_generated_from_the_current_docs_and_cmdlets()
    {
        // build/HelpBuilder --check: every cmdlet and parameter documented, examples present, MAML not stale.
        var builder = Path.Combine(RepoPaths.Root, "build", "HelpBuilder", "bin", RepoPaths.Configuration, "net10.0", "HelpBuilder.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var argument in new[] { builder, "--check", "--module", RepoPaths.ModuleManifest })
            start.ArgumentList.Add(argument);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output);
    }

    [Fact]
    public void The_about_topic_exists_in_the_staged_module()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.ModuleFolder, "en-US", "about_SpeechCustom.help.txt"));
        Assert.StartsWith("TOPIC", text.TrimStart('\uFEFF'));
        Assert.Contains("about_SpeechCustom", text);
        Assert.Contains("Connect-SpeechService", text);
    }
}
