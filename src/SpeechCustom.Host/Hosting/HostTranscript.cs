using System.Text;

namespace SpeechCustom.Host;

/// <summary>Which host UI call produced a <see cref="HostEntry"/>.</summary>
public enum HostStream
{
    /// <summary>Write/WriteLine: what Out-Host and Out-Default render with the format views.</summary>
    Output,
    Error,
    Warning,
    Verbose,
    Debug,
    Information,
    Progress,
}

/// <summary>One piece of text written through the host UI, in the order it was written.</summary>
public sealed record HostEntry(HostStream Stream, string Text);

/// <summary>A snapshot of one WriteProgress call (the engine reuses and mutates its ProgressRecord objects).</summary>
public sealed record HostProgress(
    long SourceId,
    int ActivityId,
    string Activity,
    string StatusDescription,
    string? CurrentOperation,
    int PercentComplete,
    System.Management.Automation.ProgressRecordType RecordType);

/// <summary>
/// Everything written through the host UI. Thread-safe: cmdlets may write from pipeline threads while a test reads,
/// and one host may serve several runspaces.
/// </summary>
public sealed class HostTranscript
{
    private readonly object gate = new();
    private readonly StringBuilder text = new();
    private readonly List<HostEntry> entries = new();
    private readonly List<HostProgress> progress = new();

    /// <summary>What a user would have seen on a console, streams prefixed as pwsh prefixes them (WARNING: ...).</summary>
    public string Text
    {
        get
        {
            lock (gate)
            {
                return text.ToString();
            }
        }
    }

    public IReadOnlyList<HostEntry> Entries
    {
        get
        {
            lock (gate)
            {
                return entries.ToArray();
            }
        }
    }

    public IReadOnlyList<HostProgress> Progress
    {
        get
        {
            lock (gate)
            {
                return progress.ToArray();
            }
        }
    }

    /// <summary>The texts written to one stream, without prefixes.</summary>
    public IReadOnlyList<string> Of(HostStream stream)
    {
        lock (gate)
        {
            return entries.Where(e => e.Stream == stream).Select(e => e.Text).ToArray();
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            text.Clear();
            entries.Clear();
            progress.Clear();
        }
    }

    internal void Add(HostStream stream, string value, string visibleText)
    {
        lock (gate)
        {
            entries.Add(new HostEntry(stream, value));
            text.Append(visibleText);
        }
    }

    internal void Add(HostProgress record)
    {
        lock (gate)
        {
            progress.Add(record);
        }
    }
}
