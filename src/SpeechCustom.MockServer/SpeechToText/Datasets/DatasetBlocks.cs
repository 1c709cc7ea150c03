namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// The blocks of a dataset created without contentUrl (Azure block blob semantics): PUT blocks, then commit a list of
/// block ids; the import starts at commit. Used under the store lock only.
/// </summary>
internal sealed class DatasetBlocks
{
    public const int MaxBlockBytes = 8 * 1024 * 1024;

    private readonly OrderedDictionary<string, int> _uncommitted = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, int>> _committed = [];

    public bool IsCommitted { get; private set; }

    public void Put(string blockId, int size) => _uncommitted[blockId] = size;

    /// <summary>Commits the listed blocks (each must exist in the list its kind names); null when done, otherwise the problem.</summary>
    public string? Commit(IReadOnlyList<(string Kind, string Id)> entries)
    {
        var chosen = new List<KeyValuePair<string, int>>(entries.Count);
        foreach (var (kind, id) in entries)
        {
            int size;
            var found = kind switch
            {
                "Uncommitted" => _uncommitted.TryGetValue(id, out size),
                "Committed" => TryCommitted(id, out size),
                _ => _uncommitted.TryGetValue(id, out size) || TryCommitted(id, out size), // Latest
            };
            if (!found)
            {
                return $"The block '{id}' ({kind}) was not uploaded.";
            }

            chosen.Add(new(id, size));
        }

        _committed.Clear();
        _committed.AddRange(chosen);
        _uncommitted.Clear();
        IsCommitted = true;
        return null;
    }

    public object ToJson() => new UploadedBlocks(
        [.. _committed.Select(b => new ResponseBlock(b.Key, b.Value))],
        [.. _uncommitted.Select(b => new ResponseBlock(b.Key, b.Value))]);

    private bool TryCommitted(string id, out int size)
    {
        var match = _committed.FirstOrDefault(b => b.Key == id);
        size = match.Value;
        return match.Key is not null;
    }

    private sealed record UploadedBlocks(IReadOnlyList<ResponseBlock> CommittedBlocks, IReadOnlyList<ResponseBlock> UncommittedBlocks);

    private sealed record ResponseBlock(string Name, int Size);
}
