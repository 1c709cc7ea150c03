using System.Globalization;
using System.Text.Json.Serialization;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// The App Service / Azure Automation managed identity protocol, which MSAL (and so Azure.Identity) uses when
/// IDENTITY_ENDPOINT and IDENTITY_HEADER are set: GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&amp;resource=...
/// [&amp;client_id=|mi_res_id=|object_id=] with header X-IDENTITY-HEADER. Azure Automation documents the same call as a
/// POST with the parameters in the form, so both are accepted.
/// </summary>
internal static class ManagedIdentityTokenEndpoint
{
    /// <summary>The client id reported for the system-assigned identity.</summary>
    public const string SystemAssignedClientId = "22222222-2222-2222-2222-2222222222cc";

    private static readonly string[] UserAssignedIdParameters = ["client_id", "clientid", "mi_res_id", "msi_res_id", "object_id", "principal_id"];

    public static async Task<IResult> HandleAsync(HttpContext context, MockServerState state)
    {
        var parameters = await ParametersAsync(context);
        var headers = context.Request.Headers;
        var secret = headers.TryGetValue("X-IDENTITY-HEADER", out var identityHeader) ? identityHeader.ToString()
            : headers.TryGetValue("secret", out var legacySecret) ? legacySecret.ToString()
            : null;
        if (secret != state.Options.IdentityHeader)
        {
            return Error(401, "The X-IDENTITY-HEADER header is missing or does not match the secret of this managed identity endpoint.");
        }

        var apiVersion = parameters("api-version");
        if (apiVersion is not ("2019-08-01" or "2017-09-01"))
        {
            return Error(400, $"The api-version '{apiVersion}' is not supported; use 2019-08-01.");
        }

        var resource = parameters("resource");
        if (string.IsNullOrWhiteSpace(resource))
        {
            return Error(400, "The 'resource' parameter is required.");
        }

        var userAssignedId = UserAssignedIdParameters.Select(parameters).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        var subject = $"managed-identity:{userAssignedId ?? "system"}";
        var clientId = userAssignedId ?? SystemAssignedClientId;
        var now = state.Clock.GetUtcNow();
        var expiresOn = now + AccessTokens.Lifetime;
        return ApiResponse.Json(200, new ManagedIdentityToken(
            AccessTokens.Issue(AccessTokens.AudienceOf(resource), subject, state.Options.TenantId, clientId, now, expiresOn),
            expiresOn.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            resource,
            "Bearer",
            clientId));
    }

    private static async Task<Func<string, string?>> ParametersAsync(HttpContext context)
    {
        var query = context.Request.Query;
        IFormCollection? form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        return name => query.TryGetValue(name, out var fromQuery) ? fromQuery.ToString()
            : form is not null && form.TryGetValue(name, out var fromForm) ? fromForm.ToString()
            : null;
    }

    // App Service answers errors as {"statusCode":..,"message":..,"correlationId":..}; MSAL reads "message".
    private static ApiResponse Error(int status, string message) =>
        ApiResponse.Json(status, new ManagedIdentityError(status, message, Guid.NewGuid().ToString()));

private sealed record ManagedIdentityToken(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_on")] string ExpiresOn,
        [property: JsonPropertyName("resource")] string Resource,
        [property: JsonPropertyName("token_type")] string TokenType,
        [property: JsonPropertyName("client_id")] string ClientId);

    private sealed record ManagedIdentityError(int StatusCode, string Message, string CorrelationId);
}
