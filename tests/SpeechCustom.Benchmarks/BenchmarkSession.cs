using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SpeechCustom.MockServer;

namespace SpeechCustom.Benchmarks;

/// <summary>A runspace with the staged module imported and connected to a mock: what a user's session would be.</summary>
internal sealed class BenchmarkSession : IDisposable
{
    private readonly Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());

    public BenchmarkSession(MockSpeechServer mock)
    {
        runspace.Open();
        Run($$"""
            Import-Module '{{Path.Combine(FindRoot(), "out", "SpeechCustom", "SpeechCustom.psd1")}}' -ErrorAction Stop
            Connect-SpeechService -Endpoint '{{mock.Endpoint}}' -Key ([System.Net.NetworkCredential]::new('', '{{mock.Key}}').SecurePassword)
            """);
    }

    public Collection<PSObject> Run(string script)
    {
        using var ps = PowerShell.Create(runspace);
        ps.AddScript(script);
        var output = ps.Invoke();
        if (ps.HadErrors)
            throw new InvalidOperationException(string.Join("\n", ps.Streams.Error));
        return output;
    }

    public static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    public void Dispose() => runspace.Dispose();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SpeechCustom.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SpeechCustom.sln not found");
    }
}
