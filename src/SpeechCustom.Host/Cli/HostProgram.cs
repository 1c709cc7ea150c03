using SpeechCustom.MockServer;

namespace SpeechCustom.Host;

/// <summary>The console program: picks the module, starts the mock when asked, then runs the script or the tests.</summary>
internal static class HostProgram
{
    public static async Task<int> RunAsync(HostCommandLine commandLine)
    {
        if (!TryResolveModule(commandLine, out var modulePath))
        {
            return 1;
        }

        using var ctrlC = new CtrlC();
        await using var mock = commandLine.Mock ? await StartMockAsync() : null;
        var setup = new SessionSetup(modulePath, mock);

        // The engine is synchronous; running it off the main thread keeps Ctrl+C handling responsive.
        return await Task.Run(() => commandLine.Pester
            ? PesterCommand.Run(commandLine.Targets, setup, ctrlC.Token)
            : ScriptRunner.Run(commandLine.Targets[0], commandLine.ScriptArguments, setup, ctrlC.Token));
    }

    private static bool TryResolveModule(HostCommandLine commandLine, out string? modulePath)
    {
        modulePath = null;
        if (commandLine.NoModule)
        {
            return true;
        }

        if (commandLine.ModulePath is { } given)
        {
            modulePath = Path.GetFullPath(given);
            if (File.Exists(modulePath))
            {
                return true;
            }

            Console.Error.WriteLine($"ERROR: The module manifest {modulePath} does not exist.");
            return false;
        }

        modulePath = RepositoryLayout.StagedModuleManifest();
        if (modulePath is not null && File.Exists(modulePath))
        {
            return true;
        }

        Console.Error.WriteLine(modulePath is null
            ? "ERROR: No SpeechCustom.sln above the current directory or the host's binaries, so no staged module to import. Pass --module <path to SpeechCustom.psd1> or --no-module."
            : $"ERROR: The staged module {modulePath} does not exist yet. Build it first: dotnet build (in {RepositoryLayout.FindRoot()}), or pass --module / --no-module.");
        return false;
    }

    /// <summary>
    /// The embedded mock with the quickstart's resources, fast enough for interactive use. The module reads
    /// SPEECH_ENDPOINT and SPEECH_KEY when not connected, so scripts work against it unchanged.
    /// </summary>
    private static async Task<MockSpeechServer> StartMockAsync()
    {
        var server = await MockSpeechServer.StartAsync(new MockServerOptions
        {
            StepDuration = TimeSpan.FromMilliseconds(300),
            RetryAfterMilliseconds = 200,
            SeedDemoData = true,
        });
        Environment.SetEnvironmentVariable("SPEECH_ENDPOINT", server.Endpoint.ToString().TrimEnd('/'));
        Environment.SetEnvironmentVariable("SPEECH_KEY", server.Key);
        Console.WriteLine($"Mock Speech server running at {server.Endpoint.ToString().TrimEnd('/')} (SPEECH_ENDPOINT and SPEECH_KEY set; $SpeechMock is the server).");
        return server;
    }
}
