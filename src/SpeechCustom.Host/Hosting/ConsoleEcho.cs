namespace SpeechCustom.Host;

/// <summary>
/// Mirrors host writes to the real console as they happen, so someone running a script sees it live. Errors go to
/// standard error; everything else to standard output, in the order written.
/// </summary>
internal sealed class ConsoleEcho
{
    private static readonly object ConsoleGate = new();
    private readonly Dictionary<(long, int), string> lastProgress = new();

    public bool Enabled { get; set; }

    public void Output(string text)
    {
        if (!Enabled)
        {
            return;
        }

        lock (ConsoleGate)
        {
            Console.Out.Write(text);
        }
    }

    public void Line(HostStream stream, string line)
    {
        if (!Enabled)
        {
            return;
        }

        lock (ConsoleGate)
        {
            var writer = stream == HostStream.Error ? Console.Error : Console.Out;
            var color = ColorOf(stream);
            var colored = color is not null && !(stream == HostStream.Error ? Console.IsErrorRedirected : Console.IsOutputRedirected);
            if (colored)
            {
                Console.ForegroundColor = color!.Value;
            }

            writer.Write(line);
            if (colored)
            {
                Console.ResetColor();
            }
        }
    }

    /// <summary>
    /// Progress bars need a terminal; on one, each change of an activity's status is shown as one line. Redirected
    /// output (CI logs) gets none, as pwsh does: long waits also report every status change on the Verbose stream.
    /// </summary>
    public void Progress(HostProgress record)
    {
        if (!Enabled || Console.IsOutputRedirected || record.RecordType == System.Management.Automation.ProgressRecordType.Completed)
        {
            return;
        }

        var percent = record.PercentComplete >= 0 ? $" {record.PercentComplete}%" : string.Empty;
        var line = $"{record.Activity}: {record.StatusDescription}{percent}";
        lock (ConsoleGate)
        {
            var key = (record.SourceId, record.ActivityId);
            if (lastProgress.TryGetValue(key, out var previous) && previous == line)
            {
                return;
            }

            lastProgress[key] = line;
            Console.ForegroundColor = ConsoleColor.DarkCyan;
            Console.Out.WriteLine(line);
            Console.ResetColor();
        }
    }

    private static ConsoleColor? ColorOf(HostStream stream) => stream switch
    {
        HostStream.Error => ConsoleColor.Red,
        HostStream.Warning => ConsoleColor.Yellow,
        HostStream.Verbose or HostStream.Debug => ConsoleColor.DarkGray,
        _ => null,
    };
}
