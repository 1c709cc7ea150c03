using System.Collections;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace SpeechCustom.Host;

/// <summary>
/// Runs Pester 5 test files (tests/Pester/*.Tests.ps1) without Pester: the runner (PesterLite.ps1, embedded) is loaded
/// into a fresh runspace of the real engine and supports a documented subset, failing loudly on anything else.
/// See src/SpeechCustom.Host/README.md.
/// </summary>
public static class PesterLite
{
    // See the EmbeddedResource items in SpeechCustom.Host.csproj.
    private const string EntryResource = "PesterLite.ps1";
    private const string PartPrefix = "PesterLite/";

    /// <summary>Runs one *.Tests.ps1 file in a new runspace (CreateDefault2 + <see cref="CapturingHost"/>) after <paramref name="prepare"/>.</summary>
    public static PesterRunResult RunFile(string path, Action<Runspace>? prepare = null, TimeSpan? timeout = null) =>
        RunFile(path, new PesterRunOptions { Prepare = prepare, Timeout = timeout });

    public static PesterRunResult RunFile(string path, PesterRunOptions options)
    {
        var file = Path.GetFullPath(path);
        var host = new CapturingHost { EchoToConsole = options.EchoHostToConsole };
        var collector = new PesterReportCollector(options.TestCompleted);
        if (!File.Exists(file))
        {
            collector.Fatal($"The test file {file} does not exist.");
            return collector.Result(file, host);
        }

        // One folder per file, removed here too in case the run was stopped before the runner could remove it.
        var testDrive = Path.Combine(Path.GetTempPath(), "PesterLite-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
            runspace.Open();
            if (Prepare(runspace, options.Prepare, collector) && LoadRunner(runspace, collector))
            {
                Run(runspace, file, testDrive, options, collector, host);
            }
        }
        finally
        {
            if (Directory.Exists(testDrive))
            {
                Directory.Delete(testDrive, recursive: true);
            }
        }

        return collector.Result(file, host);
    }

    private static bool Prepare(Runspace runspace, Action<Runspace>? prepare, PesterReportCollector collector)
    {
        try
        {
            prepare?.Invoke(runspace);
            return true;
        }
        catch (Exception e)
        {
            collector.Fatal("Preparing the runspace failed: " + ErrorText.Describe(e));
            return false;
        }
    }

    /// <summary>Dot-sources the runner into the global scope; it imports itself as the PesterLite module.</summary>
    private static bool LoadRunner(Runspace runspace, PesterReportCollector collector)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        var parts = typeof(PesterLite).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(PartPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(ReadResource)
            .ToArray();
        ps.AddScript(ReadResource(EntryResource), useLocalScope: false).AddParameter("Parts", parts);
        try
        {
            ps.Invoke();
        }
        catch (RuntimeException e)
        {
            collector.Fatal("Loading PesterLite failed: " + ErrorText.Describe(e));
            return false;
        }

        if (ps.HadErrors)
        {
            collector.Fatal("Loading PesterLite failed: " + string.Join(Environment.NewLine, ps.Streams.Error.Select(ErrorText.Describe)));
            return false;
        }

        return true;
    }

    private static void Run(Runspace runspace, string file, string testDrive, PesterRunOptions options, PesterReportCollector collector, CapturingHost host)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        ps.AddCommand("Invoke-PesterLiteFile")
            .AddParameter("Path", file)
            .AddParameter("TestDrive", testDrive)
            .AddParameter("Report", new Action<object>(collector.Report));
        // Errors that tests write without stopping do not fail them (as in Pester); they are shown, not lost.
        ps.Streams.Error.DataAdded += (_, e) => host.UI.WriteErrorLine(ErrorText.Describe(ps.Streams.Error[e.Index]));

        var invocation = ps.BeginInvoke();
        var timeout = options.Timeout ?? System.Threading.Timeout.InfiniteTimeSpan;
        var finished = WaitHandle.WaitAny(new[] { invocation.AsyncWaitHandle, options.Cancellation.WaitHandle }, timeout);
        if (finished != 0)
        {
            collector.Fatal(finished == WaitHandle.WaitTimeout
                ? $"The file did not finish within {timeout}; it was stopped."
                : "The run was stopped.");
            Stop(ps);
            return;
        }

        try
        {
            ps.EndInvoke(invocation);
        }
        catch (RuntimeException e)
        {
            collector.Fatal("The runner failed: " + ErrorText.Describe(e));
        }
    }

    /// <summary>Stops the pipeline (finally blocks and AfterAll-style cleanup in the runner still run), but never waits forever.</summary>
    private static void Stop(PowerShell ps)
    {
        var stopping = ps.BeginStop(null, null);
        stopping.AsyncWaitHandle.WaitOne(TimeSpan.FromSeconds(30));
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(PesterLite).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {typeof(PesterLite).Assembly.Location}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Receives the runner's reports (hashtables, see Complete-Test and Add-Fatal in PesterLite.ps1).</summary>
    private sealed class PesterReportCollector
    {
        private readonly object gate = new();
        private readonly List<PesterTestResult> tests = new();
        private readonly List<string> fatal = new();
        private readonly Action<PesterTestResult>? testCompleted;

        public PesterReportCollector(Action<PesterTestResult>? testCompleted)
        {
            this.testCompleted = testCompleted;
        }

        public void Report(object report)
        {
            var values = (IDictionary)(report is PSObject wrapped ? wrapped.BaseObject : report);
            if (Text(values["Kind"]) == "Fatal")
            {
                Fatal(Text(values["Message"]) ?? "(no message)");
                return;
            }

            var test = new PesterTestResult(
                Text(values["Path"]) ?? string.Empty,
                LanguagePrimitives.ConvertTo<bool>(values["Passed"]),
                Text(values["Error"]),
                TimeSpan.FromMilliseconds(LanguagePrimitives.ConvertTo<double>(values["Milliseconds"])));
            lock (gate)
            {
                tests.Add(test);
            }

            testCompleted?.Invoke(test);
        }

        public void Fatal(string message)
        {
            lock (gate)
            {
                fatal.Add(message);
            }
        }

        public PesterRunResult Result(string file, CapturingHost host)
        {
            lock (gate)
            {
                return new PesterRunResult(file, tests.ToArray(), fatal.Count == 0 ? null : string.Join(Environment.NewLine, fatal), host.Transcript);
            }
        }

        private static string? Text(object? value) => value is null ? null : LanguagePrimitives.ConvertTo<string>(value);
    }
}
