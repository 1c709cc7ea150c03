using System.Xml;
using SpeechCustom.MockServer.Blobs;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.SpeechToText.Files;

/// <summary>
/// A File of a dataset, model, evaluation, transcription or endpoint log: name, kind, size, optional duration, and
/// content served from the mock's blob route (links.contentUrl with a SAS). Content is produced once, lazily.
/// </summary>
internal sealed class SttFile
{
    private readonly Lazy<byte[]> _content;

    public SttFile(string selfPath, string name, string kind, DateTimeOffset createdAt, string container, string blobPath, Func<byte[]> content, TimeSpan? duration = null, long? knownSize = null)
    {
        SelfPath = selfPath;
        Name = name;
        Kind = kind;
        CreatedAt = Timestamps.ToSeconds(createdAt);
        Container = container;
        BlobPath = blobPath;
        Duration = duration;
        KnownSize = knownSize;
        _content = new Lazy<byte[]>(content, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The path below the API root that addresses this file, e.g. "datasets/{id}/files/{fileId}".</summary>
    public string SelfPath { get; }

    /// <summary>The last segment of <see cref="SelfPath"/>: a GUID for entity files, the log id for endpoint logs.</summary>
    public string Id => SelfPath[(SelfPath.LastIndexOf('/') + 1)..];

    public string Name { get; }

    public string Kind { get; }

    public DateTimeOffset CreatedAt { get; }

    public string Container { get; }

    public string BlobPath { get; }

    public TimeSpan? Duration { get; }

    public long? KnownSize { get; }

    public byte[] Content => _content.Value;

    public long Size => KnownSize ?? _content.Value.Length;

    /// <summary>A file id that stays the same for the same owner and name.</summary>
    public static Guid IdFor(Guid ownerId, string name) => Deterministic.Guid($"file:{ownerId}:{name}");

    public object? Field(string name) => name switch
    {
        "name" => Name,
        "kind" => Kind,
        "createdDateTime" => CreatedAt,
        _ => null,
    };

    public object ToJson(SttRequest request, MockBlobStore blobs, TimeSpan sasLifetime)
    {
        blobs.Put(Container, BlobPath, () => _content.Value);
        var milliseconds = request.Version.UsesMilliseconds;
        return new FileJson(
            request.Url(SelfPath),
            Name,
            Kind,
            new FileProperties(
                Size,
                Duration is { } d && !milliseconds ? XmlConvert.ToString(d) : null,
                Duration is { } ms && milliseconds ? (long)ms.TotalMilliseconds : null),
            Timestamps.SpeechToText(CreatedAt),
            new FileLinks(blobs.SasUrl(request.Origin, Container, BlobPath, request.Now, sasLifetime)));
    }

    private sealed record FileJson(string Self, string Name, string Kind, FileProperties Properties, string CreatedDateTime, FileLinks Links);

    private sealed record FileProperties(long Size, string? Duration, long? DurationMilliseconds);

    private sealed record FileLinks(string ContentUrl);
}
