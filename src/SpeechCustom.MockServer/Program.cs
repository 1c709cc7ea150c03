using System.Runtime.InteropServices;
using SpeechCustom.MockServer;
using SpeechCustom.MockServer.Hosting;

// Standalone mode: the same server the tests start in-process, for trying scripts offline.
var options = CommandLine.Parse(args, out var problem);
if (options is null)
{
    if (problem is not null)
    {
        Console.Error.WriteLine(problem);
    }

    Console.WriteLine(CommandLine.Usage);
    return problem is null ? 0 : 2;
}

using var stop = new CancellationTokenSource();
void StopOnSignal(PosixSignalContext signal)
{
    signal.Cancel = true; // let the server stop cleanly instead of killing the process
    stop.Cancel();
}

// Ctrl+C (SIGINT on every OS), SIGTERM (docker stop, kill) and SIGQUIT.
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, StopOnSignal);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, StopOnSignal);
using var onQuit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, StopOnSignal);

await using var server = await MockSpeechServer.StartAsync(options);
Console.WriteLine(Banner.For(server));
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    Console.WriteLine("Stopping.");
}

return 0;
