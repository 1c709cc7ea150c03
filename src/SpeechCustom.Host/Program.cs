using SpeechCustom.Host;

// A small host of the real PowerShell engine: runs a script, or Pester-style scenario files, with the staged module
// imported and, with --mock, the embedded mock server running. See HostCommandLine.Usage.
var commandLine = HostCommandLine.Parse(args, out var problem);
if (commandLine is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(HostCommandLine.Usage);
    return 1;
}

if (commandLine.Help)
{
    Console.WriteLine(HostCommandLine.Usage);
    return 0;
}

return await HostProgram.RunAsync(commandLine);
