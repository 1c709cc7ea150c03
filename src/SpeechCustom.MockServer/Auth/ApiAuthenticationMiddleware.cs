using System.Security.Cryptography;
using System.Text;
using SpeechCustom.MockServer.Diagnostics;
using SpeechCustom.MockServer.Hosting;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// Every API route needs the subscription key (primary or secondary) or a bearer token issued by a mock in this
/// process for https://cognitiveservices.azure.com. A key header, when present, decides alone (as APIM does).
/// </summary>
internal sealed class ApiAuthenticationMiddleware(RequestDelegate next, MockServerState state)
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var flavor = ApiFlavors.Of(context.Request.Path);
        if (flavor == ApiFlavor.None || Authenticate(context))
        {
            await next(context);
            return;
        }

        await ApiErrorWriter.WriteAsync(context, UnauthorizedError(flavor), flavor);
    }

    /// <summary>Constant-time comparison against the configured keys (also used by the admin routes).</summary>
    public static bool IsValidKey(string presented, MockServerOptions options) =>
        Matches(presented, options.Key) || Matches(presented, options.SecondaryKey);

    private bool Authenticate(HttpContext context)
    {
        var facts = RequestFacts.Of(context);
        var headers = context.Request.Headers;
        if (headers.TryGetValue(KeyHeader, out var key))
        {
            facts.AuthKind = MockAuthKind.Key;
            return IsValidKey(key.ToString(), state.Options);
        }

        var authorization = headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            facts.AuthKind = MockAuthKind.None;
            return false;
        }

        facts.AuthKind = MockAuthKind.Bearer;
        var claims = AccessTokens.Validate(authorization["Bearer ".Length..].Trim(), state.Clock.GetUtcNow());
        if (claims is null || AccessTokens.AudienceOf(claims.Audience) != AccessTokens.CognitiveServicesAudience)
        {
            return false;
        }

        facts.TokenSubject = claims.Subject;
        return true;
    }

    private static bool Matches(string presented, string? expected) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));

    private static ApiError UnauthorizedError(ApiFlavor flavor) => flavor == ApiFlavor.SpeechToText
        ? new ApiError(401, "Unauthorized", "Authentication is required to access the resource.")
        : new ApiError(401, "Unauthorized", "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.");
}
