using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Dependency isolation, in a fresh process: another module has already loaded an older Azure.Core, Azure.Identity and
/// MSAL (and uses them, with System.Text.Json); SpeechCustom still imports, loads its own copies privately, and every
/// pipeline of the slice works — with a key and with a managed identity (our credentials and MSAL, not theirs).
/// System.Text.Json is the runtime's own in both: on .NET 10 its copy is newer than either module's, so it is shared.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class IsolationTests(TlsMockFixture mock) : IClassFixture<TlsMockFixture>
{
    [Fact]
    public async Task With_another_Azure_stack_loaded_first_the_module_imports_and_every_pipeline_works()
    {
        var project = MockFixture.NewId("Iso");
        await mock.SeedTrainingSetAsync(project, project + "-300");
        await mock.SeedPersonalVoiceProjectAsync(project + "-pv", project + "-consent");
        var script = Path.Combine(Path.GetTempPath(), $"isolation-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(script, $$"""
            $ErrorActionPreference = 'Stop'
            Import-Module $env:OTHER_MODULE
            $other = Get-OtherAzureStack
            'OTHER|' + $other.AzureCore + '|' + $other.AzureIdentity + '|' + $other.Msal + '|' + $other.SystemTextJson

            Import-Module $env:SPEECH_MODULE
            $wav = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/v?{{MockFixture.Sas}}' -Extension .wav
            $txt = New-SpeechBlobSource -ContainerUrl 'https://contoso.blob.core.windows.net/v?{{MockFixture.Sas}}' -Extension .txt
            foreach ($auth in 'Key', 'ManagedIdentity') {
                if ($auth -eq 'Key') { Connect-SpeechService -Endpoint $env:MOCK_ENDPOINT -Key (ConvertTo-SecureString $env:MOCK_KEY -AsPlainText -Force) }
                else { Connect-SpeechService -Endpoint $env:MOCK_HTTPS_ENDPOINT -Identity }
                @(
                    New-TrainingSetUpload -TrainingSetId '{{project}}-300' -Kind AudioAndScript -Audios $wav -Scripts $txt
                    New-CsrDataset -Kind Acoustic -Locale en-US -DisplayName "{{project}}-$auth" -ContentUrl 'https://contoso.blob.core.windows.net/d/a.zip'
                    New-PersonalVoice -Id "{{project}}-$auth" -ProjectId '{{project}}-pv' -ConsentId '{{project}}-consent' -Audios $wav
                ) | Wait-SpeechOperation -PollingIntervalSec 0.2 | ForEach-Object { 'RESULT|' + $auth + '|' + $_.GetType().Name + '|' + $_.Status }
            }
            [AppDomain]::CurrentDomain.GetAssemblies() |
                Where-Object { $_.GetName().Name -in 'Azure.Core', 'Azure.Identity', 'Microsoft.Identity.Client', 'System.Text.Json', 'SpeechCustom.Engine' } |
                ForEach-Object { 'ASM|' + $_.GetName().Name + '|' + $_.GetName().Version + '|' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($_).GetType().Name }
            """);
        try
        {
            var outcome = await HostProcess.RunAsync(new[] { "--no-module", script }, new Dictionary<string, string?>
            {
                ["OTHER_MODULE"] = RepoPaths.OtherAzureModule,
                ["SPEECH_MODULE"] = RepoPaths.ModuleManifest,
                ["MOCK_ENDPOINT"] = mock.Server.Endpoint.ToString(),
                ["MOCK_KEY"] = mock.Server.Key,
                ["MOCK_HTTPS_ENDPOINT"] = mock.Server.HttpsEndpoint!.ToString(),
                ["IDENTITY_ENDPOINT"] = new Uri(mock.Server.Endpoint, "msi/token").ToString(),
                ["IDENTITY_HEADER"] = mock.Server.Options.IdentityHeader,
            }, TimeSpan.FromMinutes(3));
            Assert.True(outcome.ExitCode == 0, outcome.StdOut + outcome.StdErr);

            var lines = outcome.StdOut.Split('\n', StringSplitOptions.TrimEntries);
            var other = Assert.Single(lines, l => l.StartsWith("OTHER|", StringComparison.Ordinal)).Split('|');
            Assert.Equal("1.40.0.0", other[1]);
            Assert.Equal("1.12.1.0", other[2]);

            var results = lines.Where(l => l.StartsWith("RESULT|", StringComparison.Ordinal)).Select(l => l.Split('|')).ToList();
            Assert.Equal(6, results.Count);
            Assert.All(results, r => Assert.Equal("Succeeded", r[3]));
            Assert.Equal(new[] { "CsrDataset", "PersonalVoice", "TrainingSet" }, results.Where(r => r[1] == "ManagedIdentity").Select(r => r[2]).OrderBy(x => x));

            var loaded = lines.Where(l => l.StartsWith("ASM|", StringComparison.Ordinal)).Select(l => l.Split('|')).ToList();
            // Theirs in the default context, ours (newer) in the module's private context, side by side.
            Assert.Contains(loaded, a => a[1] == "Azure.Core" && a[2] == "1.40.0.0" && a[3] == "DefaultAssemblyLoadContext");
            Assert.Contains(loaded, a => a[1] == "Azure.Core" && a[2] == "1.64.0.0" && a[3] == "EngineLoadContext");
            Assert.Contains(loaded, a => a[1] == "Microsoft.Identity.Client" && a[2] == "4.65.0.0" && a[3] == "DefaultAssemblyLoadContext");
            Assert.Contains(loaded, a => a[1] == "Microsoft.Identity.Client" && a[2] == "4.90.0.0" && a[3] == "EngineLoadContext");
            // Since Azure.Core 1.5x the Entra ID credentials live in Azure.Core (Azure.Identity forwards to it), so the
            // managed identity above ran on our private Azure.Core and MSAL, never on their Azure.Identity 1.12.1.
            Assert.DoesNotContain(loaded, a => a[1] == "Azure.Identity" && a[3] == "EngineLoadContext");
            Assert.Contains(loaded, a => a[1] == "SpeechCustom.Engine" && a[3] == "EngineLoadContext");
            Assert.Contains(mock.Server.Requests, r => r.Body.Contains(project + "-ManagedIdentity") && r.AuthKind == MockServer.MockAuthKind.Bearer);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
