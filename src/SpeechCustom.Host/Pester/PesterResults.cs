namespace SpeechCustom.Host;

/// <summary>One It (one per data item with -ForEach/-TestCases).</summary>
/// <param name="Path">"Describe > Context > It", with &lt;name&gt; placeholders expanded.</param>
/// <param name="Error">The failure message and where it happened (file:line of the failing statement); null when passed.</param>
public sealed record PesterTestResult(string Path, bool Passed, string? Error, TimeSpan Duration);

/// <summary>What running one *.Tests.ps1 file produced.</summary>
/// <param name="FatalError">
/// Everything that fails the file beyond its tests, one line each: parse errors, discovery failures, BeforeAll or
/// AfterAll failures, unsupported Pester constructs, a file without tests, a timeout or stop. Null when none.
/// </param>
/// <param name="HostTranscript">What the tests wrote through the host (Out-Host, warnings, errors they did not stop on).</param>
public sealed record PesterRunResult(string File, IReadOnlyList<PesterTestResult> Tests, string? FatalError, string HostTranscript)
{
    public int Passed => Tests.Count(t => t.Passed);

    public int Failed => Tests.Count(t => !t.Passed);

    /// <summary>The file counts as passed only when it ran at least one test, all passed, and nothing else failed.</summary>
    public bool Success => FatalError is null && Failed == 0 && Tests.Count > 0;
}

/// <summary>The less common knobs of <see cref="PesterLite.RunFile(string, PesterRunOptions)"/>.</summary>
public sealed class PesterRunOptions
{
    /// <summary>Runs on the new, open runspace before the file: import a module, set variables.</summary>
    public Action<System.Management.Automation.Runspaces.Runspace>? Prepare { get; init; }

    /// <summary>After this the run is stopped and the file fails; tests finished by then are kept.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Stops the run (the file fails), as Ctrl+C does in Invoke-Pester.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Called as each test finishes, on the engine's thread, for live reporting.</summary>
    public Action<PesterTestResult>? TestCompleted { get; init; }

    /// <summary>Also show what the tests write through the host on the real console, as it happens.</summary>
    public bool EchoHostToConsole { get; init; }
}
