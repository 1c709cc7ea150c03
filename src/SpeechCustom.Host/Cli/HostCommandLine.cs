namespace SpeechCustom.Host;

/// <summary>What the console program was asked to do.</summary>
internal sealed class HostCommandLine
{
    public const string Usage = """
        Usage: dotnet run --project src/SpeechCustom.Host -- [options] <script.ps1> [script arguments]
               dotnet run --project src/SpeechCustom.Host -- [options] --pester <file.Tests.ps1 | folder> ...

        Runs PowerShell scripts, or Pester-style scenario files, in the real PowerShell engine (no pwsh needed),
        with the staged SpeechCustom module imported.

        Options:
          --mock             start the embedded mock Speech server and set SPEECH_ENDPOINT, SPEECH_KEY and $SpeechMock
          --module <path>    import this module manifest instead of <repo>/out/SpeechCustom/SpeechCustom.psd1
          --no-module        import no module
          --pester           run every *.Tests.ps1 in the given files and folders with the Pester-compatible runner
          --                 everything after it is passed to the script
          -h, --help         show this help

        Exit code: 1 after a terminating error, Ctrl+C, or (with --pester) any file that failed or ran no test;
        otherwise the script's own exit code (exit N), 0 when it set none.
        """;

    public bool Mock { get; private set; }

    public string? ModulePath { get; private set; }

    public bool NoModule { get; private set; }

    public bool Pester { get; private set; }

    public bool Help { get; private set; }

    /// <summary>The script (first entry) or, with --pester, the test files and folders.</summary>
    public List<string> Targets { get; } = new();

    public List<string> ScriptArguments { get; } = new();

    /// <summary>Parses the arguments; returns null and a problem when they do not make sense.</summary>
    public static HostCommandLine? Parse(IReadOnlyList<string> args, out string? problem)
    {
        var parsed = new HostCommandLine();
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            // Like pwsh -File: once the script is named, everything else belongs to the script.
            if (parsed.Targets.Count > 0 && !parsed.Pester)
            {
                parsed.ScriptArguments.AddRange(args.Skip(arg == "--" ? i + 1 : i));
                break;
            }

            switch (arg)
            {
                case "--":
                    parsed.ScriptArguments.AddRange(args.Skip(i + 1));
                    i = args.Count;
                    break;
                case "--mock":
                    parsed.Mock = true;
                    break;
                case "--no-module":
                    parsed.NoModule = true;
                    break;
                case "--pester":
                    parsed.Pester = true;
                    break;
                case "-h" or "--help" or "-?":
                    parsed.Help = true;
                    break;
                case "--module":
                    if (i + 1 >= args.Count)
                    {
                        problem = "--module needs the path of a module manifest (.psd1).";
                        return null;
                    }

                    parsed.ModulePath = args[++i];
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        problem = $"Unknown option '{arg}'.";
                        return null;
                    }

                    parsed.Targets.Add(arg);
                    break;
            }
        }

        if (parsed.Help)
        {
            return parsed;
        }

        if (parsed.Targets.Count == 0)
        {
            problem = parsed.Pester ? "--pester needs at least one *.Tests.ps1 file or folder." : "Name a script to run.";
            return null;
        }

        if (parsed.ModulePath is not null && parsed.NoModule)
        {
            problem = "--module and --no-module contradict each other.";
            return null;
        }

        if (parsed.Pester && parsed.ScriptArguments.Count > 0)
        {
            problem = "--pester takes no script arguments.";
            return null;
        }

        return parsed;
    }
}
