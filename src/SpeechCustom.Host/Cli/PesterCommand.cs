namespace SpeechCustom.Host;

/// <summary>
/// --pester: runs every *.Tests.ps1 in the given files and folders with PesterLite, each file in a fresh runspace
/// prepared like a script run (module imported, mock variables set), and prints one line per test as it finishes.
/// </summary>
internal static class PesterCommand
{
    /// <returns>0 when every file passed (at least one test, none failed, no file-level failure), else 1.</returns>
    public static int Run(IReadOnlyList<string> targets, SessionSetup setup, CancellationToken stop)
    {
        var files = FindTestFiles(targets, out var missing);
        foreach (var target in missing)
        {
            Console.Error.WriteLine($"ERROR: {target} is neither a file nor a folder.");
        }

        if (files.Count == 0)
        {
            Console.Error.WriteLine("ERROR: No *.Tests.ps1 files found in " + string.Join(", ", targets));
            return 1;
        }

        int passed = 0, failed = 0, failedFiles = 0;
        foreach (var file in files)
        {
            if (stop.IsCancellationRequested)
            {
                break;
            }

            Console.WriteLine($"Running {Shown(file)}");
            var result = PesterLite.RunFile(file, new PesterRunOptions
            {
                Prepare = setup.Apply,
                Cancellation = stop,
                TestCompleted = PrintTest,
                EchoHostToConsole = true,
            });
            passed += result.Passed;
            failed += result.Failed;
            if (!result.Success)
            {
                failedFiles++;
                PrintFileFailure(result);
            }
        }

        Console.WriteLine($"Tests Passed: {passed}, Failed: {failed}" + (failedFiles > 0 ? $" ({failedFiles} of {files.Count} files failed)" : string.Empty));
        return failedFiles == 0 && missing.Count == 0 && !stop.IsCancellationRequested ? 0 : 1;
    }

    private static List<string> FindTestFiles(IReadOnlyList<string> targets, out List<string> missing)
    {
        missing = new List<string>();
        var files = new List<string>();
        foreach (var target in targets)
        {
            var full = Path.GetFullPath(target);
            if (File.Exists(full))
            {
                files.Add(full); // a file named explicitly runs whatever its name
            }
            else if (Directory.Exists(full))
            {
                files.AddRange(Directory.GetFiles(full, "*.Tests.ps1", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(target);
            }
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Relative to the current directory when under it (as Invoke-Pester shows paths), else in full.</summary>
    private static string Shown(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }

    private static void PrintTest(PesterTestResult test)
    {
        var line = $"{(test.Passed ? "[+]" : "[-]")} {test.Path} ({test.Duration.TotalMilliseconds:0} ms)";
        if (test.Passed)
        {
            Console.WriteLine(line);
            return;
        }

        WriteColored(ConsoleColor.Red, line + Environment.NewLine + Indent(test.Error));
    }

    private static void PrintFileFailure(PesterRunResult result)
    {
        var reason = result.FatalError
            ?? (result.Tests.Count == 0 ? "No test ran." : $"{result.Failed} of {result.Tests.Count} tests failed.");
        WriteColored(ConsoleColor.Red, $"[!] {Path.GetFileName(result.File)} failed:" + Environment.NewLine + Indent(reason));
    }

    private static string Indent(string? text) =>
        string.Join(Environment.NewLine, (text ?? string.Empty).Split('\n').Select(l => "    " + l.TrimEnd('\r')));

    private static void WriteColored(ConsoleColor color, string text)
    {
        var colored = !Console.IsOutputRedirected;
        if (colored)
        {
            Console.ForegroundColor = color;
        }

        Console.WriteLine(text);
        if (colored)
        {
            Console.ResetColor();
        }
    }
}
