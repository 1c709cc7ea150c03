using System.Text.Json.Serialization;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// The Entra ID v2.0 token endpoint for the OAuth2 client credentials grant, as MSAL's confidential client calls it
/// (authority https://host:port/{tenant}, instance discovery disabled): a client secret, or a client assertion JWT
/// signed with the registered certificate's private key.
/// </summary>
internal static class ClientCredentialsTokenEndpoint
{
    private const string JwtBearerAssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    public static async Task<IResult> HandleAsync(HttpContext context, string tenant, MockServerState state)
    {
        var options = state.Options;
        if (!string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase))
        {
            return EntraErrors.UnknownTenant(tenant);
        }

        var form = context.Request.HasFormContentType
            ? await context.Request.ReadFormAsync(context.RequestAborted)
            : FormCollection.Empty;
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

        if (Field("grant_type") != "client_credentials")
        {
            return EntraErrors.UnsupportedGrantType(Field("grant_type"));
        }

        var clientId = Field("client_id") ?? "";
        if (!string.Equals(clientId, options.ClientId, StringComparison.OrdinalIgnoreCase))
        {
            return EntraErrors.UnknownClient(clientId, tenant);
        }

        var scope = Field("scope");
        var resourceScope = scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(s => s.EndsWith("/.default", StringComparison.OrdinalIgnoreCase));
        if (resourceScope is null)
        {
            return EntraErrors.InvalidScope(scope);
        }

        var now = state.Clock.GetUtcNow();
        var failure = CheckCredential(Field, options, tenant, now);
        if (failure is not null)
        {
            return failure;
        }

        var token = AccessTokens.Issue(AccessTokens.AudienceOf(resourceScope), $"client:{options.ClientId}", options.TenantId, options.ClientId, now, now + AccessTokens.Lifetime);
        var seconds = (int)AccessTokens.Lifetime.TotalSeconds - 1;
        return ApiResponse.Json(200, new TokenResponse("Bearer", seconds, seconds, token));
    }

    private static ApiResponse? CheckCredential(Func<string, string?> field, MockServerOptions options, string tenant, DateTimeOffset now)
    {
        var secret = field("client_secret");
        if (secret is not null)
        {
            return secret == options.ClientSecret ? null : EntraErrors.InvalidClientSecret(options.ClientId);
        }

        var assertion = field("client_assertion");
        if (assertion is not null && field("client_assertion_type") == JwtBearerAssertionType)
        {
            var problem = ClientAssertionValidator.Validate(assertion, options.ClientCertificate, options.ClientId, tenant, now);
            return problem is null ? null : EntraErrors.InvalidClientAssertion(problem);
        }

        return EntraErrors.MissingCredential();
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("ext_expires_in")] int ExtExpiresIn,
        [property: JsonPropertyName("access_token")] string AccessToken);
}
