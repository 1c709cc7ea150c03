using System.Globalization;
using System.Management.Automation.Host;

namespace SpeechCustom.Host;

/// <summary>
/// A PowerShell host that records everything written through its UI: Out-Host/Out-Default output rendered by the
/// formatting engine with the module's format views, errors, warnings, verbose, debug and progress. Tests use it to
/// see exactly what a user would see; the console program sets <see cref="EchoToConsole"/> to show it live as well.
/// Non-interactive: prompts, Read-Host and -Confirm fail with a clear error instead of waiting for an answer.
/// </summary>
public sealed class CapturingHost : PSHost
{
    private readonly ConsoleEcho echo = new();
    private readonly CapturingHostUserInterface ui;

    public CapturingHost()
    {
        ui = new CapturingHostUserInterface(Recorded, echo);
    }

    /// <summary>Also write everything to the real console as it is written (errors to standard error).</summary>
    public bool EchoToConsole
    {
        get => echo.Enabled;
        set => echo.Enabled = value;
    }

    /// <summary>Every write, in order, with typed views per stream and progress snapshots.</summary>
    public HostTranscript Recorded { get; } = new();

    /// <summary>What a user would have seen on a console so far.</summary>
    public string Transcript => Recorded.Text;

    public IReadOnlyList<string> ErrorLines => Recorded.Of(HostStream.Error);

    public IReadOnlyList<string> WarningLines => Recorded.Of(HostStream.Warning);

    public IReadOnlyList<string> VerboseLines => Recorded.Of(HostStream.Verbose);

    public IReadOnlyList<string> DebugLines => Recorded.Of(HostStream.Debug);

    public IReadOnlyList<string> InformationMessages => Recorded.Of(HostStream.Information);

    public IReadOnlyList<HostProgress> ProgressRecords => Recorded.Progress;

    /// <summary>Set when a script ran <c>exit</c> at the top level of a command given to the host.</summary>
    public int? ExitCode { get; private set; }

    public override string Name => "SpeechCustom.Host";

    public override Version Version { get; } = typeof(CapturingHost).Assembly.GetName().Version ?? new Version(0, 1);

    public override Guid InstanceId { get; } = Guid.NewGuid();

    public override PSHostUserInterface UI => ui;

    public override CultureInfo CurrentCulture => CultureInfo.CurrentCulture;

    public override CultureInfo CurrentUICulture => CultureInfo.CurrentUICulture;

    public override void SetShouldExit(int exitCode) => ExitCode = exitCode;

    public override void EnterNestedPrompt() =>
        throw new NotSupportedException("SpeechCustom.Host is non-interactive: it has no nested prompt (debugger breakpoints, $host.EnterNestedPrompt()).");

    public override void ExitNestedPrompt() =>
        throw new NotSupportedException("SpeechCustom.Host is non-interactive: it has no nested prompt.");

    public override void NotifyBeginApplication()
    {
    }

    public override void NotifyEndApplication()
    {
    }
}
