namespace SpeechCustom.MockServer.SpeechToText.Datasets;

/// <summary>
/// The blocks of a dataset created without contentUrl (Azure block blob semantics): PUT blocks (at most 8 MiB each,
/// every block id of the same length), then commit a list of block ids; the committed data is the listed blocks in
/// list order, and the import starts at commit. Used under the store lock only.
/// </summary>
internal sealed class DatasetBlocks
{
    public const int MaxBlockBytes = 8 * 1024 * 1024;

    private readonly OrderedDictionary<string, byte[]> _uncommitted = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, byte[]>> _committed = [];
    private int? _idLength;

    public bool IsCommitted { get; private set; }

    /// <summary>Stores a block; null when done, otherwise the problem (a block id of another length than the first).</summary>
    public string? Put(string blockId, byte[] data)
    {
        _idLength ??= blockId.Length;
        if (blockId.Length != _idLength)
        {
            return $"The specified blob or block content is invalid: every block id of a blob must have the same length; '{blockId}' has {blockId.Length} characters, earlier ids {_idLength}.";
        }

        _uncommitted[blockId] = data;
        return null;
    }

    /// <summary>Commits the listed blocks (each must exist in the list its kind names); null when done, otherwise the problem.</summary>
    public string? Commit(IReadOnlyList<(string Kind, string Id)> entries)
    {
        var chosen = new List<KeyValuePair<string, byte[]>>(entries.Count);
        foreach (var (kind, id) in entries)
        {
            byte[]? data;
            var found = kind switch
            {
                "Uncommitted" => _uncommitted.TryGetValue(id, out data),
                "Committed" => TryCommitted(id, out data),
                _ => _uncommitted.TryGetValue(id, out data) || TryCommitted(id, out data), // Latest
            };
            if (!found || data is null)
            {
                return $"The block '{id}' ({kind}) was not uploaded.";
            }

            chosen.Add(new(id, data));
        }

        _committed.Clear();
        _committed.AddRange(chosen);
        _uncommitted.Clear();
        IsCommitted = true;
        return null;
    }

    public int CommittedBlockCount => _committed.Count;

    /// <summary>The committed blocks, concatenated in commit order.</summary>
    public byte[] CommittedData()
    {
        var total = _committed.Sum(b => (long)b.Value.Length);
        var data = new byte[total];
        var offset = 0;
        foreach (var (_, block) in _committed)
        {
            block.CopyTo(data, offset);
            offset += block.Length;
        }

        return data;
    }

    public object ToJson() => new UploadedBlocks(
        [.. _committed.Select(b => new ResponseBlock(b.Key, b.Value.Length))],
        [.. _uncommitted.Select(b => new ResponseBlock(b.Key, b.Value.Length))]);

    private bool TryCommitted(string id, out byte[]? data)
    {
        var match = _committed.FirstOrDefault(b => b.Key == id);
        data = match.Value;
        return match.Key is not null;
    }

    private sealed record UploadedBlocks(IReadOnlyList<ResponseBlock> CommittedBlocks, IReadOnlyList<ResponseBlock> UncommittedBlocks);

    private sealed record ResponseBlock(string Name, int Size);
}
