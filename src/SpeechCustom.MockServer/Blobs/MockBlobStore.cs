using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SpeechCustom.MockServer.Blobs;

/// <summary>
/// The mock's stand-in for Azure Blob Storage: every content URL the API hands out (dataset files and reports,
/// transcription results, evaluation details, model manifests, endpoint logs) points at
/// <c>/_blobs/{container}/{path}</c> on the same server, with a service SAS (sv, st, se, sr=b, sp=r, sig) signed by a
/// per-server key. Content is produced lazily and kept until its entity is deleted or the server is reset.
/// </summary>
internal sealed class MockBlobStore
{
    public const string RoutePrefix = "/_blobs";
    public const string SasVersion = "2024-08-04";

    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _blobs = new(StringComparer.Ordinal);

    /// <summary>Registers content (kept if the blob already exists: content is deterministic per path).</summary>
    public void Put(string container, string path, Func<byte[]> content) =>
        _blobs.GetOrAdd(Key(container, path), _ => new Lazy<byte[]>(content, LazyThreadSafetyMode.ExecutionAndPublication));

    public void RemovePrefix(string container, string prefix)
    {
        var start = Key(container, prefix);
        foreach (var key in _blobs.Keys.Where(k => k.StartsWith(start, StringComparison.Ordinal)).ToList())
        {
            _blobs.TryRemove(key, out _);
        }
    }

    public void Clear() => _blobs.Clear();

    /// <summary>An absolute blob URL with a read-only SAS valid from 5 minutes ago for <paramref name="lifetime"/>.</summary>
    public string SasUrl(string origin, string container, string path, DateTimeOffset now, TimeSpan lifetime)
    {
        var start = Format(now.AddMinutes(-5));
        var expiry = Format(now + lifetime);
        var signature = Sign("r", start, expiry, container, path);
        var escapedPath = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return $"{origin.TrimEnd('/')}{RoutePrefix}/{Uri.EscapeDataString(container)}/{escapedPath}"
            + $"?sv={SasVersion}&st={Uri.EscapeDataString(start)}&se={Uri.EscapeDataString(expiry)}&sr=b&sp=r&sig={Uri.EscapeDataString(signature)}";
    }

    /// <summary>Checks the SAS of a request and finds the blob.</summary>
    public BlobLookup Read(string container, string path, IQueryCollection query, DateTimeOffset now)
    {
        string Q(string name) => query[name].ToString();
        var (sv, st, se, sr, sp, sig) = (Q("sv"), Q("st"), Q("se"), Q("sr"), Q("sp"), Q("sig"));
        if (sig.Length == 0 || se.Length == 0 || sv.Length == 0 || sr.Length == 0 || sp.Length == 0)
        {
            return BlobLookup.Denied("Signature fields not well formed.");
        }

        if (!DateTimeOffset.TryParse(se, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiry))
        {
            return BlobLookup.Denied($"se is mandatory. Cannot be empty or malformed: '{se}'.");
        }

        var expected = Sign(sp, st, se, container, path);
        if (sr != "b" || !sp.Contains('r', StringComparison.Ordinal)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(sig)))
        {
            return BlobLookup.Denied($"Signature did not match. String to sign used was {sp}\n{st}\n{se}\n/blob/mock/{container}/{path}\n{sv}\n{sr}");
        }

        if (expiry <= now)
        {
            return BlobLookup.Denied($"Signed expiry time [{expiry.UtcDateTime:R}] has to be after current time [{now.UtcDateTime:R}]");
        }

        if (st.Length > 0 && DateTimeOffset.TryParse(st, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start) && start > now)
        {
            return BlobLookup.Denied($"Signed start time [{start.UtcDateTime:R}] has to be before current time [{now.UtcDateTime:R}]");
        }

        return _blobs.TryGetValue(Key(container, path), out var content)
            ? BlobLookup.Found(content.Value)
            : BlobLookup.Missing();
    }

    private string Sign(string permissions, string start, string expiry, string container, string path)
    {
        var stringToSign = $"{permissions}\n{start}\n{expiry}\n/blob/mock/{container}/{path}\n{SasVersion}\nb";
        return Convert.ToBase64String(HMACSHA256.HashData(_signingKey, Encoding.UTF8.GetBytes(stringToSign)));
    }

    private static string Key(string container, string path) => $"{container}/{path}";

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>The outcome of a blob read: content, a SAS problem (403) or no such blob (404).</summary>
internal sealed record BlobLookup(byte[]? Content, string? AuthenticationError)
{
    public static BlobLookup Found(byte[] content) => new(content, null);

    public static BlobLookup Denied(string detail) => new(null, detail);

    public static BlobLookup Missing() => new(null, null);
}
