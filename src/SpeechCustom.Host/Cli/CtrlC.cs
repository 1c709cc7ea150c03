using System.Runtime.InteropServices;

namespace SpeechCustom.Host;

/// <summary>
/// Ctrl+C (and SIGTERM, as from docker stop or a cancelled CI job) stops the running pipeline, as in pwsh, instead of
/// killing the process, so finally blocks run, the test drive is removed and the mock server shuts down cleanly.
/// A second signal while stopping ends the process.
/// </summary>
internal sealed class CtrlC : IDisposable
{
    private readonly CancellationTokenSource pressed = new();
    private readonly PosixSignalRegistration[] registrations;

    public CtrlC()
    {
        registrations = new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))
            .ToArray();
    }

    public CancellationToken Token => pressed.Token;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        pressed.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (pressed.IsCancellationRequested)
        {
            return; // the default action: the process ends
        }

        context.Cancel = true;
        Console.Error.WriteLine("Stopping (press Ctrl+C again to end the process)...");
        pressed.Cancel();
    }
}
