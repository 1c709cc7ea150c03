using System.Collections.Concurrent;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>
/// The mock servers running in this process, by endpoint authority (host:port; localhost, 127.0.0.1 and [::1] are the
/// same), so that one server can act on another as Azure does between resources: POST /models/{id}:copy on the source
/// creates the model in the target named by the copy authorization's targetResourceEndpoint.
/// </summary>
internal static class MockServerRegistry
{
    private static readonly ConcurrentDictionary<string, MockServerState> Servers = new(StringComparer.OrdinalIgnoreCase);

    public static void Register(Uri endpoint, MockServerState state) => Servers[Key(endpoint)] = state;

    public static void Unregister(Uri endpoint, MockServerState state) =>
        Servers.TryRemove(new KeyValuePair<string, MockServerState>(Key(endpoint), state));

    public static MockServerState? Find(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && Servers.TryGetValue(Key(uri), out var state) ? state : null;

    /// <summary>The running server that accepts this subscription key (v3.1 :copyto names the target by its key).</summary>
    public static MockServerState? FindByKey(string key) =>
        Servers.Values.Distinct().FirstOrDefault(s => key.Length > 0 && (s.Options.Key == key || s.Options.SecondaryKey == key));

    private static string Key(Uri uri)
    {
        var host = uri.Host is "localhost" or "[::1]" or "::1" ? "127.0.0.1" : uri.Host;
        return $"{host}:{uri.Port}";
    }
}
