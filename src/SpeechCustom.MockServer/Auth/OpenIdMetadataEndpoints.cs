using System.Text.Json.Serialization;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// The discovery documents MSAL may fetch before it calls the token endpoint (OpenID configuration and AAD instance
/// discovery), pointing back at this server so the whole flow stays on loopback.
/// </summary>
internal static class OpenIdMetadataEndpoints
{
    public static IResult Configuration(HttpContext context, string tenant)
    {
        var authority = $"{BaseUrl(context)}/{tenant}";
        return ApiResponse.Json(200, new OpenIdConfiguration(
            Issuer: $"{authority}/v2.0",
            AuthorizationEndpoint: $"{authority}/oauth2/v2.0/authorize",
            TokenEndpoint: $"{authority}/oauth2/v2.0/token",
            DeviceAuthorizationEndpoint: $"{authority}/oauth2/v2.0/devicecode",
            EndSessionEndpoint: $"{authority}/oauth2/v2.0/logout",
            JwksUri: $"{authority}/discovery/v2.0/keys",
            TokenEndpointAuthMethodsSupported: ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            ResponseTypesSupported: ["code", "id_token", "code id_token", "id_token token"],
            ScopesSupported: ["openid", "profile", "email", "offline_access"],
            CloudInstanceName: context.Request.Host.Host));
    }

    public static IResult InstanceDiscovery(HttpContext context)
    {
        var host = context.Request.Host.Value ?? "";
        var tenant = "common";
        if (Uri.TryCreate(context.Request.Query["authorization_endpoint"].ToString(), UriKind.Absolute, out var authorize)
            && authorize.Segments.Length > 1)
        {
            tenant = authorize.Segments[1].TrimEnd('/');
        }

        return ApiResponse.Json(200, new InstanceDiscoveryResponse(
            $"{BaseUrl(context)}/{tenant}/v2.0/.well-known/openid-configuration",
            "1.1",
            [new InstanceMetadata(host, host, [host])]));
    }

    private static string BaseUrl(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";

    private sealed record OpenIdConfiguration(
        [property: JsonPropertyName("issuer")] string Issuer,
        [property: JsonPropertyName("authorization_endpoint")] string AuthorizationEndpoint,
        [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
        [property: JsonPropertyName("device_authorization_endpoint")] string DeviceAuthorizationEndpoint,
        [property: JsonPropertyName("end_session_endpoint")] string EndSessionEndpoint,
        [property: JsonPropertyName("jwks_uri")] string JwksUri,
        [property: JsonPropertyName("token_endpoint_auth_methods_supported")] string[] TokenEndpointAuthMethodsSupported,
        [property: JsonPropertyName("response_types_supported")] string[] ResponseTypesSupported,
        [property: JsonPropertyName("scopes_supported")] string[] ScopesSupported,
        [property: JsonPropertyName("cloud_instance_name")] string CloudInstanceName);

    private sealed record InstanceDiscoveryResponse(
        [property: JsonPropertyName("tenant_discovery_endpoint")] string TenantDiscoveryEndpoint,
        [property: JsonPropertyName("api-version")] string ApiVersion,
        [property: JsonPropertyName("metadata")] InstanceMetadata[] Metadata);

    private sealed record InstanceMetadata(
        [property: JsonPropertyName("preferred_network")] string PreferredNetwork,
        [property: JsonPropertyName("preferred_cache")] string PreferredCache,
        [property: JsonPropertyName("aliases")] string[] Aliases);
}
