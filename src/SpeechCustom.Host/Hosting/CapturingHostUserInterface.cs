using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;

namespace SpeechCustom.Host;

/// <summary>
/// Records every write into a <see cref="HostTranscript"/> and, when echoing, also writes it to the real console.
/// Nothing is interactive: the host runs scripts, tests and runbook-like jobs where nobody can answer a prompt.
/// </summary>
internal sealed class CapturingHostUserInterface : PSHostUserInterface
{
    private readonly HostTranscript transcript;
    private readonly ConsoleEcho echo;
    private readonly CapturingHostRawUserInterface rawUI = new();

    public CapturingHostUserInterface(HostTranscript transcript, ConsoleEcho echo)
    {
        this.transcript = transcript;
        this.echo = echo;
    }

    public override PSHostRawUserInterface RawUI => rawUI;

    // With $PSStyle.OutputRendering at its default (Host), the engine's styling (table headers, errors) is removed by
    // GetOutputString for hosts without virtual terminal support: transcripts stay plain text that tests can compare.
    public override bool SupportsVirtualTerminal => false;

    public override void Write(string value) => Output(value);

    public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => Output(value);

    public override void WriteLine(string value) => Output(value + Environment.NewLine);

    public override void WriteErrorLine(string value) => Stream(HostStream.Error, "ERROR: ", value);

    public override void WriteWarningLine(string message) => Stream(HostStream.Warning, "WARNING: ", message);

    public override void WriteVerboseLine(string message) => Stream(HostStream.Verbose, "VERBOSE: ", message);

    public override void WriteDebugLine(string message) => Stream(HostStream.Debug, "DEBUG: ", message);

    // Write-Host and Write-Information reach the host here; the engine shows PSHOST-tagged records through Write/WriteLine
    // itself, so only the record is kept, not a second copy of its text.
    public override void WriteInformation(InformationRecord record)
    {
        transcript.Add(HostStream.Information, record.MessageData?.ToString() ?? string.Empty, string.Empty);
    }

    public override void WriteProgress(long sourceId, ProgressRecord record)
    {
        var snapshot = new HostProgress(sourceId, record.ActivityId, record.Activity, record.StatusDescription,
            record.CurrentOperation, record.PercentComplete, record.RecordType);
        transcript.Add(snapshot);
        echo.Progress(snapshot);
    }

    public override string ReadLine() => throw NonInteractive("Read-Host cannot be answered. Give the value as a parameter instead.");

    public override SecureString ReadLineAsSecureString() =>
        throw NonInteractive("Read-Host -AsSecureString cannot be answered. Give the secret as a SecureString parameter instead.");

    public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) =>
        throw NonInteractive($"it cannot prompt for {string.Join(", ", descriptions.Select(d => d.Name))}. Give every mandatory parameter a value.");

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) =>
        throw NonInteractive("it cannot prompt for a credential. Pass a PSCredential instead.");

    public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName,
        PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) =>
        throw NonInteractive("it cannot prompt for a credential. Pass a PSCredential instead.");

    // -Confirm and ConfirmImpact High end up here; nobody can answer, so say how to go ahead without asking.
    public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) =>
        throw NonInteractive($"it cannot ask \"{caption}\" ({message.ReplaceLineEndings(" ")}). Pass -Confirm:$false (or -Force) to go ahead without asking.");

    private void Output(string value)
    {
        value = GetOutputString(value, SupportsVirtualTerminal);
        transcript.Add(HostStream.Output, value, value);
        echo.Output(value);
    }

    private void Stream(HostStream stream, string prefix, string value)
    {
        value = GetOutputString(value, SupportsVirtualTerminal);
        var line = prefix + value + Environment.NewLine;
        transcript.Add(stream, value, line);
        echo.Line(stream, line);
    }

    private static HostException NonInteractive(string problem) => new(
        "SpeechCustom.Host is non-interactive: " + problem,
        innerException: null,
        errorId: "NonInteractiveHost",
        errorCategory: ErrorCategory.InvalidOperation);
}
