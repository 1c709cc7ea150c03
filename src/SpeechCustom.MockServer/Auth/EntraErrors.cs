using System.Globalization;
using System.Text.Json.Serialization;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Auth;

/// <summary>Error answers in the shape of the Entra ID v2.0 token endpoint (error, error_description, error_codes, ...).</summary>
internal static class EntraErrors
{
    public static ApiResponse InvalidClientSecret(string clientId) => Create(401, "invalid_client", 7000215,
        $"Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{clientId}'.");

    public static ApiResponse InvalidClientAssertion(string reason) => Create(401, "invalid_client", 700027,
        $"The certificate with identifier used to sign the client assertion is not registered on application, or the assertion is invalid: {reason}");

    public static ApiResponse MissingCredential() => Create(401, "invalid_client", 7000216,
        "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.");

    public static ApiResponse UnknownClient(string clientId, string tenantId) => Create(400, "unauthorized_client", 700016,
        $"Application with identifier '{clientId}' was not found in the directory '{tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.");

    public static ApiResponse UnknownTenant(string tenant) => Create(400, "invalid_request", 90002,
        $"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.");

    public static ApiResponse UnsupportedGrantType(string? grantType) => Create(400, "unsupported_grant_type", 70003,
        $"The app requested an unsupported grant type '{grantType}'.");

    public static ApiResponse InvalidScope(string? scope) => Create(400, "invalid_scope", 1002012,
        $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");

    private static ApiResponse Create(int status, string error, int code, string description)
    {
        var now = DateTimeOffset.UtcNow;
        var traceId = Guid.NewGuid().ToString();
        var correlationId = Guid.NewGuid().ToString();
        var timestamp = now.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return ApiResponse.Json(status, new EntraError(
            error,
            $"AADSTS{code}: {description} Trace ID: {traceId} Correlation ID: {correlationId} Timestamp: {timestamp}",
            [code],
            timestamp,
            traceId,
            correlationId,
            $"https://login.microsoftonline.com/error?code={code}"));
    }

    private sealed record EntraError(
        [property: JsonPropertyName("error")] string Error,
        [property: JsonPropertyName("error_description")] string ErrorDescription,
        [property: JsonPropertyName("error_codes")] int[] ErrorCodes,
        [property: JsonPropertyName("timestamp")] string Timestamp,
        [property: JsonPropertyName("trace_id")] string TraceId,
        [property: JsonPropertyName("correlation_id")] string CorrelationId,
        [property: JsonPropertyName("error_uri")] string ErrorUri);
}
