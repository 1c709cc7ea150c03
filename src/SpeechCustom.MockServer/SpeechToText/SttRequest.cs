using SpeechCustom.MockServer.Hosting;

namespace SpeechCustom.MockServer.SpeechToText;

/// <summary>
/// What every speech-to-text handler needs about its request: the version (from the path or ?api-version=, resolved
/// once by the route group's filter), how to build absolute URLs the way that version does, and one "now".
/// Background work (web hook payloads, copy results) builds one with <see cref="For"/>.
/// </summary>
internal sealed class SttRequest
{
    private static readonly object ItemKey = new();

    private SttRequest(SttVersion version, string origin, DateTimeOffset now)
    {
        Version = version;
        Origin = origin.TrimEnd('/');
        Root = $"{Origin}/speechtotext{(version.InPath ? "/" + version.Value : "")}";
        Now = now;
    }

    public SttVersion Version { get; }

    /// <summary>scheme://host as the client addressed the server (blob URLs are built on it too).</summary>
    public string Origin { get; }

    /// <summary>scheme://host/speechtotext[/v3.x] as the client addressed the server.</summary>
    public string Root { get; }

    public DateTimeOffset Now { get; }

    public static SttRequest Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var value) && value is SttRequest request
            ? request
            : throw new InvalidOperationException("The speech-to-text request filter did not run.");

    /// <summary>A request context outside any HTTP request: URLs as a client of <paramref name="origin"/> with this version sees them.</summary>
    public static SttRequest For(SttVersion version, string origin, DateTimeOffset now) => new(version, origin, now);

    /// <summary>Route group filter for /speechtotext/v3.1 and /speechtotext/v3.2.</summary>
    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> PathVersionFilter(SttVersion version) =>
        (invocation, next) =>
        {
            Attach(invocation.HttpContext, version);
            return next(invocation);
        };

    /// <summary>Route group filter for /speechtotext?api-version=...: the version is required.</summary>
    public static ValueTask<object?> QueryVersionFilter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var text = invocation.HttpContext.Request.Query["api-version"].ToString();
        var version = SttVersion.FromQuery(text) ?? throw SttErrors.UnsupportedApiVersion(text.Length == 0 ? null : text);
        Attach(invocation.HttpContext, version);
        return next(invocation);
    }

    /// <summary>An absolute URL for a path below the root, versioned the way this API version does it.</summary>
    public string Url(string relativePath) =>
        Version.InPath ? $"{Root}/{relativePath}" : $"{Root}/{relativePath}?api-version={Version.Value}";

    public string EntityUrl(string collection, Guid id) => Url($"{collection}/{id}");

    public EntityReference Reference(string collection, Guid id) => new(EntityUrl(collection, id));

    /// <summary>The same request seen by another version (e.g. a web hook's own version).</summary>
    public SttRequest WithVersion(SttVersion version) => new(version, Origin, Now);

    private static void Attach(HttpContext context, SttVersion version)
    {
        var clock = context.RequestServices.GetRequiredService<MockServerState>().Clock;
        context.Items[ItemKey] = new SttRequest(version, $"{context.Request.Scheme}://{context.Request.Host}", clock.GetUtcNow());
    }
}
