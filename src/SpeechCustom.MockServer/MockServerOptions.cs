using System.Security.Cryptography.X509Certificates;
using SpeechCustom.MockServer.Hosting;

namespace SpeechCustom.MockServer;

/// <summary>
/// How a <see cref="MockSpeechServer"/> listens, which credentials it accepts and how fast simulated work advances.
/// The server reads <see cref="StepDuration"/> and <see cref="RetryAfterMilliseconds"/> live (also changed by
/// <c>POST /_mock/settings</c>); every other value is read once at start.
/// </summary>
public sealed class MockServerOptions
{
    /// <summary>The plain HTTP listener; port 0 picks a free port.</summary>
    public string HttpUrl { get; set; } = "http://127.0.0.1:0";

    /// <summary>When set, the server also listens with HTTPS on 127.0.0.1 (free port) using this certificate.</summary>
    public X509Certificate2? TlsCertificate { get; set; }

    /// <summary>The subscription key; a random 32 hex characters when null (filled in at start).</summary>
    public string? Key { get; set; }

    /// <summary>An optional second accepted key, as every Azure resource has two.</summary>
    public string? SecondaryKey { get; set; }

    /// <summary>Time per long-running step: NotStarted for one step, Running for two more, then final.
    /// Captured by each piece of work when it starts.</summary>
    public TimeSpan StepDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Advertised (retry-after-ms, and rounded up in Retry-After) on non-terminal GETs.</summary>
    public int RetryAfterMilliseconds { get; set; } = 1000;

    /// <summary>The secret the managed-identity endpoint expects in X-IDENTITY-HEADER.</summary>
    public string IdentityHeader { get; set; } = RandomSecret.NewHex();

    /// <summary>The only tenant the OAuth2 token endpoint knows.</summary>
    public string TenantId { get; set; } = "00000000-0000-0000-0000-0000000000aa";

    /// <summary>The only application the OAuth2 token endpoint knows.</summary>
    public string ClientId { get; set; } = "11111111-1111-1111-1111-1111111111bb";

    /// <summary>The application's secret; random when null (filled in at start).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The application's certificate; client assertions must be signed with its private key.</summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>Create the quickstart's resources at start (see Hosting/DemoData): project Jessica with training set
    /// jessica-300, project PersonalVoice with consent Jessica.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The Azure region the resource pretends to be in (copy authorizations, endpoint URLs).</summary>
    public string Region { get; set; } = "westus";

    /// <summary>The resource's Azure resource id (model copy authorizations name source and target by it); when null,
    /// /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/speech-mock/providers/Microsoft.CognitiveServices/accounts/mock-speech-{port}.</summary>
    public string? ResourceId { get; set; }

    /// <summary>How long a model copy authorization (POST /models:authorizecopy) stays valid.</summary>
    public TimeSpan CopyAuthorizationLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>GET /speechtotext/v3.1/healthstatus answers with this overall status: Healthy, Degraded or Unhealthy (read live).</summary>
    public string HealthStatus { get; set; } = "Healthy";

    /// <summary>
    /// How long each blob read (/_blobs) waits before answering, like the time to first byte of Azure Storage; zero by
    /// default. Benchmarks set it so parallel downloads are measured against a realistic round trip, not a loopback one.
    /// </summary>
    public TimeSpan BlobLatency { get; set; } = TimeSpan.Zero;

    /// <summary>When false, one line per request is written to the console.</summary>
    public bool Quiet { get; set; } = true;
}
