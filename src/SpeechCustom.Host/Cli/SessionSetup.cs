using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SpeechCustom.Host;

/// <summary>
/// What every runspace of the console program gets before user code runs: the module imported (as a user would
/// import it) and, with --mock, the global <c>$SpeechMock</c>. The mock's SPEECH_* variables are process-wide.
/// </summary>
internal sealed class SessionSetup
{
    public SessionSetup(string? modulePath, object? mockServer)
    {
        ModulePath = modulePath;
        MockServer = mockServer;
    }

    public string? ModulePath { get; }

    public object? MockServer { get; }

    /// <summary>Prepares an open runspace; throws when the module does not import, with the engine's reason.</summary>
    public void Apply(Runspace runspace)
    {
        if (MockServer is not null)
        {
            runspace.SessionStateProxy.SetVariable("global:SpeechMock", MockServer);
        }

        if (ModulePath is null)
        {
            return;
        }

        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Import-Module").AddParameter("Name", ModulePath).AddParameter("ErrorAction", ActionPreference.Stop);
        try
        {
            ps.Invoke();
        }
        catch (RuntimeException e)
        {
            throw new InvalidOperationException($"The module {ModulePath} did not import: {e.Message}", e);
        }

        if (ps.HadErrors)
        {
            throw new InvalidOperationException($"The module {ModulePath} did not import: {string.Join("; ", ps.Streams.Error.Select(r => r.ToString()))}");
        }
    }
}
