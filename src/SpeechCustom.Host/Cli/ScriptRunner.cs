using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SpeechCustom.Host;

/// <summary>
/// Runs one script the way pwsh -File would, in a runspace of the real engine whose host shows everything live:
/// output objects go to Out-Default (so the module's format views render them), errors are shown with their position.
/// </summary>
internal static class ScriptRunner
{
    /// <returns>1 after a terminating error or a stop, else the script's exit code ($LASTEXITCODE, 0 when never set).</returns>
    public static int Run(string scriptPath, IReadOnlyList<string> arguments, SessionSetup setup, CancellationToken stop)
    {
        var fullPath = Path.GetFullPath(scriptPath);
        if (!File.Exists(fullPath))
        {
            Console.Error.WriteLine($"ERROR: The script {fullPath} does not exist.");
            return 1;
        }

        var host = new CapturingHost { EchoToConsole = true };
        using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
        runspace.Open();
        try
        {
            setup.Apply(runspace);
        }
        catch (InvalidOperationException e)
        {
            host.UI.WriteErrorLine(e.Message);
            return 1;
        }

        ScriptShims.Install(runspace);
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddScript(WithOutDefault(ScriptInvocation.Build(fullPath, arguments)), useLocalScope: true);
        // Non-terminating errors are shown as they happen, not only at the end.
        ps.Streams.Error.DataAdded += (_, e) => host.UI.WriteErrorLine(ErrorText.Describe(ps.Streams.Error[e.Index]));

        using var stopping = stop.Register(() => ps.BeginStop(null, null));
        try
        {
            ps.Invoke();
        }
        catch (PipelineStoppedException)
        {
            // Reported below: a stopped pipeline may also just return.
        }
        catch (RuntimeException e)
        {
            host.UI.WriteErrorLine(ErrorText.Describe(e));
            return 1;
        }

        if (stop.IsCancellationRequested)
        {
            host.UI.WriteErrorLine("The script was stopped (Ctrl+C).");
            return 1;
        }

        // A script's "exit N" ends at the script's own boundary and only sets $LASTEXITCODE (as does a native command);
        // pass it on so a script can fail a CI step the way it would with pwsh -File.
        return host.ExitCode ?? (runspace.SessionStateProxy.GetVariable("LASTEXITCODE") is int last ? last : 0);
    }

    /// <summary>
    /// Pipes the script's output to Out-Default, whose end always runs: the formatter holds objects back to size table
    /// columns, and a plain "script | Out-Default" pipeline drops what it holds when the script ends with an error.
    /// </summary>
    private static string WithOutDefault(string invocation) => $$"""
        $______SpeechCustomHostOut = { Out-Default }.GetSteppablePipeline()
        $______SpeechCustomHostOut.Begin($true)
        try { {{invocation}} | ForEach-Object { $______SpeechCustomHostOut.Process($_) } }
        finally { $______SpeechCustomHostOut.End() }
        """;
}
