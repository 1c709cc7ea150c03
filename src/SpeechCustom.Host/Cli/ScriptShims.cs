using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SpeechCustom.Host;

/// <summary>
/// Stand-ins for the few commands outside Microsoft.PowerShell.Core that scripts for this module cannot do without.
/// Only ConvertTo-SecureString -AsPlainText: the README, the mock server's banner and users' own scripts pass keys
/// that way, and a bare hosted engine has no Microsoft.PowerShell.Security. Script runs only; PesterLite runs get
/// none, so a scenario that passes here passes in the tests' runspaces too.
/// </summary>
public static class ScriptShims
{
    private const string Script = """
        if (-not (Get-Command ConvertTo-SecureString -ErrorAction Ignore)) {
            function global:ConvertTo-SecureString {
                param([Parameter(Mandatory, Position = 0, ValueFromPipeline)] [string] $String, [switch] $AsPlainText, [switch] $Force)
                process {
                    if (-not $AsPlainText) { throw 'SpeechCustom.Host provides ConvertTo-SecureString -AsPlainText only (no encrypted standard strings).' }
                    [System.Net.NetworkCredential]::new('', $String).SecurePassword
                }
            }
        }
        """;

    public static void Install(Runspace runspace)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(Script).Invoke();
    }
}
