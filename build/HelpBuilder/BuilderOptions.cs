namespace SpeechCustom.HelpBuilder;

/// <summary>The command line: what to do and where things are (relative paths are relative to the current directory).</summary>
internal sealed class BuilderOptions
{
    public const string Usage = """
        SpeechCustom help builder: markdown (docs/en-US, platyPS v1) + the staged module's live metadata -> MAML.

        Usage: dotnet run --project build/HelpBuilder -- [options]

          (no option)            write the MAML file; print any problem of the docs as a warning
          --check                write nothing; exit 1 listing every problem (missing page, missing description,
                                 unknown parameter, no example, empty synopsis/description, stale markdown metadata,
                                 stale MAML)
          --update-docs          first rewrite each page's SYNTAX and parameter yaml from the module and add a
                                 section for each undocumented parameter (prose is kept); creates missing pages
          --module <psd1>        the staged module (default: out/SpeechCustom/SpeechCustom.psd1 of the repository)
          --docs <dir>           the markdown pages (default: docs/en-US)
          --out <xml>            the MAML file (default: en-US/SpeechCustom.dll-Help.xml)
          --about <txt>          the about topic checked with --check (default: en-US/about_SpeechCustom.help.txt)
          --help                 this text

        The repository is found by walking up from the current directory to SpeechCustom.sln.
        Exit codes: 0 fine, 1 problems (--check), 2 bad usage or the module could not be read.
        """;

    public bool Check { get; private set; }

    public bool UpdateDocs { get; private set; }

    public string RepoRoot { get; private set; } = string.Empty;

    public string Module { get; private set; } = string.Empty;

    public string Docs { get; private set; } = string.Empty;

    public string Out { get; private set; } = string.Empty;

    public string About { get; private set; } = string.Empty;

    /// <summary>The options, or null with <paramref name="problem"/> set (null problem: help was asked for).</summary>
    public static BuilderOptions? Parse(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        var options = new BuilderOptions();
        string? module = null, docs = null, output = null, about = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--check":
                    options.Check = true;
                    break;
                case "--update-docs":
                    options.UpdateDocs = true;
                    break;
                case "--help" or "-h" or "-?":
                    return null;
                case "--module" or "--docs" or "--out" or "--about" when i + 1 < args.Count:
                    var value = Path.GetFullPath(args[i + 1]);
                    switch (args[i])
                    {
                        case "--module": module = value; break;
                        case "--docs": docs = value; break;
                        case "--out": output = value; break;
                        default: about = value; break;
                    }
                    i++;
                    break;
                default:
                    problem = $"Unknown option or missing value: {args[i]}";
                    return null;
            }
        }
        if (options.Check && options.UpdateDocs)
        {
            problem = "--check writes nothing; run --update-docs first, then --check.";
            return null;
        }

        var root = FindRepoRoot(Directory.GetCurrentDirectory()) ?? FindRepoRoot(AppContext.BaseDirectory);
        if (root is null && (module is null || docs is null || output is null))
        {
            problem = "SpeechCustom.sln was not found above the current directory; pass --module, --docs and --out.";
            return null;
        }
        options.RepoRoot = root ?? Directory.GetCurrentDirectory();
        options.Module = module ?? Path.Combine(options.RepoRoot, "out", "SpeechCustom", "SpeechCustom.psd1");
        options.Docs = docs ?? Path.Combine(options.RepoRoot, "docs", "en-US");
        options.Out = output ?? Path.Combine(options.RepoRoot, "en-US", "SpeechCustom.dll-Help.xml");
        options.About = about ?? Path.Combine(Path.GetDirectoryName(options.Out)!, "about_SpeechCustom.help.txt");
        return options;
    }

    private static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpeechCustom.sln")))
                return dir.FullName;
        }
        return null;
    }
}
