using System.Management.Automation;
using System.Xml.Linq;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>The staged module is a valid, publishable module that exports exactly what its manifest lists.</summary>
public sealed class ManifestTests
{
    [Fact]
    public void The_staged_manifest_passes_Test_ModuleManifest()
    {
        using var session = new ModuleSession(importModule: false);
        var result = session.Run($"Test-ModuleManifest -Path '{RepoPaths.ModuleManifest}' -ErrorAction Stop");

        Assert.Null(result.Terminating);
        Assert.Empty(result.Errors);
        var info = (PSModuleInfo)Assert.Single(result.Output).BaseObject;
        Assert.Equal("SpeechCustom", info.Name);
        Assert.Equal(new Version(5, 1), info.PowerShellVersion);
        Assert.Equal(new[] { "Core", "Desktop" }, info.CompatiblePSEditions.OrderBy(e => e));
        Assert.Equal("SpeechCustom.dll", Path.GetFileName(info.RootModule));
        Assert.Equal(Directory.GetFiles(RepoPaths.ModuleFolder, "*.format.ps1xml").Select(Path.GetFileName).OrderBy(f => f), info.ExportedFormatFiles.Select(Path.GetFileName).OrderBy(f => f));
    }

    [Fact]
    public void Importing_exports_exactly_the_cmdlets_the_manifest_lists_and_every_cmdlet_class_is_listed()
    {
        using var session = new ModuleSession();
        var manifest = session.Run($"(Test-ModuleManifest -Path '{RepoPaths.ModuleManifest}').ExportedCmdlets.Keys").Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();

        var exported = session.Run("(Get-Command -Module SpeechCustom).Name").Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();
        var classes = session.Run("""
            [SpeechCustom.Loading.SpeechCustomModuleInitializer].Assembly.GetExportedTypes() |
                ForEach-Object { $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) } |
                ForEach-Object { $_.VerbName + '-' + $_.NounName }
            """).Output.Select(o => (string)o.BaseObject).OrderBy(n => n).ToList();

        Assert.Equal(manifest, exported);
        Assert.Equal(classes, exported);
        Assert.Contains("Wait-SpeechOperation", exported);
    }

    [Fact]
    public void The_staged_folder_holds_what_is_published_and_never_PowerShellStandard()
    {
        var root = RepoPaths.ModuleFolder;
        foreach (var file in new[] { "SpeechCustom.psd1", "SpeechCustom.dll", "SpeechCustom.format.ps1xml", "en-US/SpeechCustom.dll-Help.xml", "en-US/about_SpeechCustom.help.txt", "Dependencies/SpeechCustom.Engine.dll", "Dependencies/Azure.Core.dll", "Dependencies/Azure.Identity.dll" })
            Assert.True(File.Exists(Path.Combine(root, file)), file + " is missing from the staged module");
        Assert.Empty(Directory.GetFiles(root, "System.Management.Automation.dll", SearchOption.AllDirectories));
        Assert.Equal(new[] { "SpeechCustom.dll" }, Directory.GetFiles(root, "*.dll").Select(Path.GetFileName));
    }

    [Fact]
    public void The_engine_and_Azure_Core_load_into_the_module_s_private_context()
    {
        using var session = new ModuleSession();
        var result = session.Run("""
            # Engine types are not visible by name ([SpeechCustom.Engine...]) from PowerShell: they live in the private context.
            # Connecting builds the HTTP pipeline, so Azure.Core is loaded by the time we look (no request is sent).
            $context = Connect-SpeechService -Endpoint 'http://127.0.0.1:9' -Key (ConvertTo-SecureString 'not-used-key' -AsPlainText -Force) -PassThru
            $engine = $context.GetType().Assembly
            $context = [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($engine)
            $context.GetType().Name
            ($context.Assemblies | ForEach-Object { $_.GetName().Name }) -contains 'Azure.Core'
            [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext([SpeechCustom.Loading.SpeechCustomModuleInitializer].Assembly) -eq [System.Runtime.Loader.AssemblyLoadContext]::Default
            """);
        Assert.Empty(result.Errors);
        Assert.Equal(new object[] { "EngineLoadContext", true, true }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public void Every_output_type_of_every_cmdlet_has_a_default_view()
    {
        using var session = new ModuleSession();
        var outputTypes = session.Run("Get-Command -Module SpeechCustom | ForEach-Object { $_.OutputType.Type } | Where-Object { $_ -and $_.Namespace -like 'SpeechCustom.Engine*' } | ForEach-Object { 'SpeechCustom.' + $_.Name }")
            .Output.Select(o => (string)o.BaseObject).Distinct().ToList();
        var views = Directory.GetFiles(RepoPaths.ModuleFolder, "*.format.ps1xml")
            .SelectMany(f => XDocument.Load(f).Descendants("TypeName").Select(t => t.Value)).ToHashSet();

        Assert.NotEmpty(outputTypes);
        Assert.All(outputTypes, type => Assert.Contains(type, views));
    }
}
