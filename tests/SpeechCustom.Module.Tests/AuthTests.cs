using SpeechCustom.MockServer;
using SpeechCustom.Module.Tests.Support;
using Xunit;

namespace SpeechCustom.Module.Tests;

/// <summary>A mock with an https listener whose certificate this user trusts while the tests run (MSAL only talks https).</summary>
public sealed class TlsMockFixture : MockFixture
{
    public const string RegionalHost = "eastus.api.cognitive.microsoft.com";

    public TrustedTestCertificate Tls { get; } = new(RegionalHost);

    public ClientCertificateFile ClientCertificate { get; } = new();

    protected override MockServerOptions Options => new()
    {
        StepDuration = TimeSpan.FromMilliseconds(150),
        RetryAfterMilliseconds = 50,
        TlsCertificate = Tls.Certificate,
        ClientCertificate = ClientCertificate.PublicCertificate,
    };

    public Uri AuthorityHost => new($"https://localhost:{Server.HttpsEndpoint!.Port}/");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Tls.Dispose();
        ClientCertificate.Dispose();
    }
}

/// <summary>Every way to authenticate reaches the API: key (endpoint and region), managed identity, service principal, token.</summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class AuthTests(TlsMockFixture mock) : IClassFixture<TlsMockFixture>
{
    private const string CreateDataset = "New-CsrDataset -Kind Language -Locale en-US -DisplayName '{0}' -ContentUrl 'https://contoso.blob.core.windows.net/t/a.txt' -Wait -PollingIntervalSec 0.2";

    [Theory]
    [InlineData(null, "managed-identity:system")]
    [InlineData("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", "managed-identity:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")]
    public void Managed_identity_from_the_Azure_Automation_environment_reaches_the_api_with_a_bearer_token(string? clientId, string subject)
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", new Uri(mock.Server.Endpoint, "msi/token").ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", mock.Server.Options.IdentityHeader);
        try
        {
            var name = MockFixture.NewId("mi");
            using var session = new ModuleSession();
            var result = session.Run($"""
                Connect-SpeechService -Endpoint '{mock.Server.HttpsEndpoint}' -Identity {(clientId is null ? string.Empty : "-ClientId " + clientId)} -PassThru
                {string.Format(CreateDataset, name)}
                """);

            Assert.Empty(result.Errors);
            Assert.Null(result.Terminating);
            Assert.Equal("ManagedIdentity", result.Output[0].Properties["AuthType"].Value.ToString());
            Assert.Equal("Succeeded", result.Output[1].Properties["Status"].Value);
            var calls = mock.Server.Requests.Where(r => r.Body.Contains(name) || r.Path.Contains("/datasets/")).Where(r => r.Path.StartsWith("/speechtotext")).ToList();
            Assert.Contains(calls, c => c.Method == "POST" && c.AuthKind == MockAuthKind.Bearer && c.TokenSubject == subject);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }
    }

    [Fact]
    public void A_service_principal_with_a_client_secret_reaches_the_api_with_a_bearer_token()
    {
        var name = MockFixture.NewId("sp");
        using var session = new ModuleSession();
        var result = session.Run($"""
            $secret = ConvertTo-SecureString '{mock.Server.Options.ClientSecret}' -AsPlainText -Force
            Connect-SpeechService -Endpoint '{mock.Server.HttpsEndpoint}' -TenantId '{mock.Server.Options.TenantId}' -ClientId '{mock.Server.Options.ClientId}' -ClientSecret $secret -AuthorityHost '{mock.AuthorityHost}'
            {string.Format(CreateDataset, name)}
            """);

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Contains(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name) && r.AuthKind == MockAuthKind.Bearer && r.TokenSubject == "client:" + mock.Server.Options.ClientId);
    }

    [Fact]
    public void A_service_principal_with_a_certificate_reaches_the_api_with_a_bearer_token()
    {
        var name = MockFixture.NewId("cert");
        using var session = new ModuleSession();
        var result = session.Run($"""
            $password = ConvertTo-SecureString '{mock.ClientCertificate.Password}' -AsPlainText -Force
            Connect-SpeechService -Endpoint '{mock.Server.HttpsEndpoint}' -TenantId '{mock.Server.Options.TenantId}' -ClientId '{mock.Server.Options.ClientId}' -CertificatePath '{mock.ClientCertificate.Path}' -CertificatePassword $password -AuthorityHost '{mock.AuthorityHost}'
            {string.Format(CreateDataset, name)}
            """);

        Assert.Empty(result.Errors);
        Assert.Null(result.Terminating);
        Assert.Contains(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name) && r.AuthKind == MockAuthKind.Bearer && r.TokenSubject == "client:" + mock.Server.Options.ClientId);
    }

    [Fact]
    public void A_wrong_client_secret_fails_at_connect_with_advice()
    {
        using var session = new ModuleSession();
        var result = session.Run($"""
            Connect-SpeechService -Endpoint '{mock.Server.HttpsEndpoint}' -TenantId '{mock.Server.Options.TenantId}' -ClientId '{mock.Server.Options.ClientId}' -ClientSecret (ConvertTo-SecureString 'wrong-secret-value' -AsPlainText -Force) -AuthorityHost '{mock.AuthorityHost}'
            """);

        var record = Assert.IsType<System.Management.Automation.ErrorRecord>(result.FirstError);
        Assert.StartsWith("AuthenticationFailed", record.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-ClientSecret", record.ErrorDetails.RecommendedAction);
        Assert.DoesNotContain("wrong-secret-value", result.AllText());
    }

    [Fact]
    public void Entra_ID_over_plain_http_is_refused_at_connect()
    {
        using var session = new ModuleSession();
        var result = session.Run($"Connect-SpeechService -Endpoint '{mock.Server.Endpoint}' -Identity");
        var record = Assert.IsType<System.Management.Automation.ErrorRecord>(result.FirstError);
        Assert.StartsWith("InsecureEndpoint", record.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("https", record.ToString());
    }

    [Fact]
    public void A_key_with_an_endpoint_is_sent_as_the_subscription_key_header()
    {
        var name = MockFixture.NewId("key");
        using var session = new ModuleSession();
        var result = session.Run($"{mock.ConnectWithKey}\n{string.Format(CreateDataset, name)}");
        Assert.Empty(result.Errors);
        Assert.Contains(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name) && r.AuthKind == MockAuthKind.Key);
    }

    [Fact]
    public async Task A_key_with_a_region_talks_to_the_regional_host()
    {
        var name = MockFixture.NewId("region");
        using var proxy = new ConnectProxy(mock.Server.HttpsEndpoint!.Port);
        var script = Path.Combine(Path.GetTempPath(), $"region-{Guid.NewGuid():N}.ps1");
        await File.WriteAllTextAsync(script, $$"""
            Connect-SpeechService -Region eastus -Key (ConvertTo-SecureString $env:TEST_SPEECH_KEY -AsPlainText -Force)
            (Get-SpeechContext).Endpoint.ToString()
            {{string.Format(CreateDataset, name)}} | ForEach-Object { 'STATUS=' + $_.Status }
            """);
        try
        {
            var outcome = await HostProcess.RunAsync(new[] { script }, new Dictionary<string, string?>
            {
                ["HTTPS_PROXY"] = proxy.Address.ToString(),
                ["NO_PROXY"] = null,
                ["no_proxy"] = null,
                ["TEST_SPEECH_KEY"] = mock.Server.Key,
                ["SPEECH_KEY"] = null,
                ["SPEECH_ENDPOINT"] = null,
                ["SPEECH_REGION"] = null,
            }, TimeSpan.FromMinutes(2));

            Assert.True(outcome.ExitCode == 0, outcome.StdOut + outcome.StdErr);
            Assert.Contains("https://eastus.api.cognitive.microsoft.com/", outcome.StdOut);
            Assert.Contains("STATUS=Succeeded", outcome.StdOut);
            Assert.Contains($"{TlsMockFixture.RegionalHost}:443", proxy.Tunnels);
            Assert.Contains(mock.Server.Requests, r => r.Method == "POST" && r.Body.Contains(name) && r.Host == TlsMockFixture.RegionalHost && r.AuthKind == MockAuthKind.Key);
        }
        finally
        {
            File.Delete(script);
        }
    }
}
