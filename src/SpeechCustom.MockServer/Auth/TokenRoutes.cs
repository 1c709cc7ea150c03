namespace SpeechCustom.MockServer.Auth;

/// <summary>The unauthenticated Entra ID look-alike routes (managed identity, OAuth2 token, discovery metadata).</summary>
internal static class TokenRoutes
{
    public const string ManagedIdentityPath = "/msi/token";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods(ManagedIdentityPath, ["GET", "POST"], ManagedIdentityTokenEndpoint.HandleAsync);
        app.MapPost("/{tenant}/oauth2/v2.0/token", ClientCredentialsTokenEndpoint.HandleAsync);
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", OpenIdMetadataEndpoints.Configuration);
        app.MapGet("/{tenant}/.well-known/openid-configuration", OpenIdMetadataEndpoints.Configuration);
        app.MapGet("/common/discovery/instance", OpenIdMetadataEndpoints.InstanceDiscovery);
    }

    public static bool IsTokenPath(PathString path)
    {
        var text = path.Value ?? "";
        return text.StartsWith(ManagedIdentityPath, StringComparison.OrdinalIgnoreCase)
            || text.Contains("/oauth2/", StringComparison.OrdinalIgnoreCase)
            || text.Contains("/.well-known/", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("/common/discovery/", StringComparison.OrdinalIgnoreCase);
    }
}
