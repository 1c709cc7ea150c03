using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using SpeechCustom.Host;

namespace SpeechCustom.Module.Tests.Support;

/// <summary>
/// A runspace of the real PowerShell engine (CreateDefault2: the Core commands only) with the staged module
/// imported, as a user gets it. Scripts run through it and every stream is collected.
/// </summary>
public sealed class ModuleSession : IDisposable
{
    private readonly Runspace runspace;
    private readonly CapturingHost host = new();

    public ModuleSession(bool importModule = true)
    {
        runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
        runspace.Open();
        ScriptShims.Install(runspace);
        if (importModule)
        {
            var import = Run($"Import-Module '{RepoPaths.ModuleManifest}' -ErrorAction Stop");
            if (import.Terminating != null || import.Errors.Count > 0)
                throw new InvalidOperationException("The staged module did not import: " + (import.Terminating?.Message ?? import.ErrorText));
        }
    }

    public Runspace Runspace => runspace;

    public RunResult Run(string script, IDictionary<string, object?>? variables = null)
    {
        using var ps = Start(script, variables);
        return Finish(ps, () => ps.Invoke());
    }

    /// <summary>Starts a script without waiting (for Ctrl+C tests); call <see cref="PowerShell.Stop"/> or EndInvoke.</summary>
    public PowerShell Start(string script, IDictionary<string, object?>? variables = null)
    {
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            runspace.SessionStateProxy.SetVariable(name, value);
        var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(script);
        return ps;
    }

    public RunResult Finish(PowerShell ps, Func<Collection<PSObject>> invoke)
    {
        var hostStart = host.Transcript.Length;
        Collection<PSObject> output = new();
        Exception? terminating = null;
        try
        {
            output = invoke();
        }
        catch (RuntimeException e)
        {
            terminating = e;
        }
        return new RunResult
        {
            Output = output.Where(o => o != null).ToList(),
            Errors = ps.Streams.Error.ToList(),
            Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = ps.Streams.Debug.Select(v => v.Message).ToList(),
            Warnings = ps.Streams.Warning.Select(v => v.Message).ToList(),
            Information = ps.Streams.Information.Select(v => v.ToString()).ToList(),
            Progress = ps.Streams.Progress.ToList(),
            HostText = host.Transcript[Math.Min(hostStart, host.Transcript.Length)..],
            Terminating = terminating,
        };
    }

    public void Dispose()
    {
        runspace.Dispose();
    }
}
