using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using SpeechCustom.MockServer.Hosting;

namespace SpeechCustom.MockServer;

/// <summary>
/// The mock Azure Speech server, in-process: custom voice and speech-to-text APIs plus the managed-identity and OAuth2
/// token endpoints, on loopback. Start one per test (port 0 picks a free port) and dispose it when done.
/// </summary>
public sealed class MockSpeechServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly MockServerState _state;
    private int _stopped;

    private MockSpeechServer(WebApplication app, MockServerState state, Uri endpoint, Uri? httpsEndpoint)
    {
        _app = app;
        _state = state;
        Endpoint = endpoint;
        HttpsEndpoint = httpsEndpoint;
    }

    /// <summary>The plain HTTP endpoint, e.g. http://127.0.0.1:41234 (no trailing path).</summary>
    public Uri Endpoint { get; }

    /// <summary>The HTTPS endpoint when <see cref="MockServerOptions.TlsCertificate"/> was given; it serves the same app.</summary>
    public Uri? HttpsEndpoint { get; }

    public string Key => _state.Options.Key!;

    /// <summary>The options in force; StepDuration and RetryAfterMilliseconds may be changed while running.</summary>
    public MockServerOptions Options => _state.Options;

    /// <summary>Every API request (custom voice and speech to text) with its final status.</summary>
    public MockRequestLog Requests => _state.Requests;

    /// <summary>Every request to the token endpoints (managed identity, OAuth2, discovery).</summary>
    public MockRequestLog TokenRequests => _state.TokenRequests;

    /// <summary>
    /// Every request to a content URL (/_blobs/..., the mock's blob storage) with its headers. Content URLs carry a SAS;
    /// a client must not send its speech key or token there: check <see cref="MockRequestEntry.CarriesCredentials"/>.
    /// </summary>
    public MockRequestLog BlobRequests => _state.BlobRequests;

    /// <summary>
    /// Every web hook callback the server sent or tried to send (challenge, ping, entity events), with headers, body,
    /// the answer's status and the number of attempts. <see cref="MockWebHookDeliveryLog.WaitForAsync"/> waits for one.
    /// </summary>
    public MockWebHookDeliveryLog WebHookDeliveries => _state.WebHookDeliveries;

    public MockFaults Faults => _state.Faults;

    public MockFailures Failures => _state.Failures;

    /// <summary>The managed-identity endpoint to put in IDENTITY_ENDPOINT (IDENTITY_HEADER = Options.IdentityHeader).</summary>
    public Uri ManagedIdentityEndpoint => new(Endpoint, Auth.TokenRoutes.ManagedIdentityPath);

    /// <summary>Starts a server; null options mean loopback on a free port with a random key.</summary>
    public static async Task<MockSpeechServer> StartAsync(MockServerOptions? options = null, CancellationToken ct = default)
    {
        options ??= new MockServerOptions();
        options.Key ??= RandomSecret.NewHex();
        options.ClientSecret ??= RandomSecret.NewHex();

        var state = new MockServerState(options);
        var app = MockApplication.Build(state);
        await app.StartAsync(ct);

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
            .Select(a => new Uri(a.Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal)))
            .ToList();
        var http = addresses.First(a => a.Scheme == Uri.UriSchemeHttp);
        var https = addresses.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttps);
        var server = new MockSpeechServer(app, state, Trim(http), https is null ? null : Trim(https));
        options.ResourceId ??= $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/speech-mock/providers/Microsoft.CognitiveServices/accounts/mock-speech-{server.Endpoint.Port}";
        state.PublicEndpoint = server.Endpoint;
        state.WebHooks.Start();
        MockServerRegistry.Register(server.Endpoint, state);
        if (server.HttpsEndpoint is { } secure)
        {
            MockServerRegistry.Register(secure, state);
        }

        if (options.SeedDemoData)
            await DemoData.SeedAsync(server.Endpoint, server.Key, ct);
        return server;
    }

    /// <summary>
    /// The data a speech-to-text dataset holds (committed blocks in commit order, the multipart upload's file, or the
    /// data generated for a contentUrl); null when the dataset does not exist or has no data yet (blocks not committed).
    /// </summary>
    public MockDatasetUpload? GetDatasetUpload(string datasetId)
    {
        var store = _state.SpeechToText;
        lock (store.Gate)
        {
            if (!Guid.TryParse(datasetId, out var id) || !store.Datasets.TryGetValue(id, out var dataset) || dataset.Data is not { } data)
            {
                return null;
            }

            return new MockDatasetUpload(id, data.Source.ToString(), data.FileName, data.Bytes.LongLength, data.BlockCount, data.Sha256, data.Bytes);
        }
    }

    /// <summary>Forgets every resource, operation, fault, failure and logged request (as POST /_mock/reset).</summary>
    public void Reset() => _state.Reset();

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        MockServerRegistry.Unregister(Endpoint, _state);
        if (HttpsEndpoint is { } secure)
        {
            MockServerRegistry.Unregister(secure, _state);
        }

        await _state.WebHooks.StopAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Outbound.Dispose();
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static Uri Trim(Uri address) => new(address.GetLeftPart(UriPartial.Authority));
}
