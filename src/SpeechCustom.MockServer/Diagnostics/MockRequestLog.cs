using System.Collections;

namespace SpeechCustom.MockServer;

/// <summary>
/// A thread-safe, append-only log of requests. Enumerating works on a snapshot, so tests can use LINQ on it while
/// requests are still arriving.
/// </summary>
public sealed class MockRequestLog : IReadOnlyCollection<MockRequestEntry>
{
    private readonly Lock _gate = new();
    private readonly List<MockRequestEntry> _entries = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public IReadOnlyList<MockRequestEntry> Snapshot()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    public IEnumerator<MockRequestEntry> GetEnumerator() => Snapshot().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(MockRequestEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }
}
