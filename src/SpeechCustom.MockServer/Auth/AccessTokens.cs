using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// Issues and checks the mock's bearer tokens: JWT-shaped (so people can decode them) and signed HMAC-SHA256 with a
/// key that is random per process, not per server. MSAL caches managed-identity tokens in a static cache, so a token
/// issued by one mock instance must be accepted by every other instance in the same process.
/// </summary>
internal static class AccessTokens
{
    public const string CognitiveServicesAudience = "https://cognitiveservices.azure.com";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public static string Issue(string audience, string subject, string tenantId, string appId, DateTimeOffset now, DateTimeOffset expiresOn)
    {
        var claims = new TokenClaims
        {
            Audience = audience,
            Issuer = $"https://sts.windows.net/{tenantId}/",
            Subject = subject,
            TenantId = tenantId,
            AppId = appId,
            IssuedAt = now.ToUnixTimeSeconds(),
            NotBefore = now.ToUnixTimeSeconds(),
            Expires = expiresOn.ToUnixTimeSeconds(),
        };
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signed = $"{Header}.{payload}";
        return $"{signed}.{Base64Url.EncodeToString(Sign(signed))}";
    }

    /// <summary>The token's claims when it was issued in this process, is unexpired and carries a valid signature.</summary>
    public static TokenClaims? Validate(string token, DateTimeOffset now)
    {
        var lastDot = token.LastIndexOf('.');
        var firstDot = token.IndexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot)
        {
            return null;
        }

        var signed = token[..lastDot];
        byte[] signature;
        try
        {
            signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));
        }
        catch (FormatException)
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(signed)))
        {
            return null;
        }

        var claims = JsonSerializer.Deserialize<TokenClaims>(Base64Url.DecodeFromChars(token.AsSpan(firstDot + 1, lastDot - firstDot - 1)));
        return claims is not null && claims.Expires > now.ToUnixTimeSeconds() ? claims : null;
    }

    /// <summary>"https://x/.default", "https://x/" and "https://x" all name the same audience.</summary>
    public static string AudienceOf(string resourceOrScope)
    {
        var text = resourceOrScope.Trim();
        if (text.EndsWith("/.default", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^"/.default".Length];
        }

        return text.TrimEnd('/');
    }

    private static byte[] Sign(string signed) => HMACSHA256.HashData(SigningKey, Encoding.ASCII.GetBytes(signed));
}

/// <summary>The claims the mock puts in its tokens (names as in Entra ID access tokens).</summary>
internal sealed class TokenClaims
{
    [JsonPropertyName("aud")]
    public string Audience { get; init; } = "";

    [JsonPropertyName("iss")]
    public string Issuer { get; init; } = "";

    [JsonPropertyName("sub")]
    public string Subject { get; init; } = "";

    [JsonPropertyName("tid")]
    public string TenantId { get; init; } = "";

    [JsonPropertyName("appid")]
    public string AppId { get; init; } = "";

    [JsonPropertyName("iat")]
    public long IssuedAt { get; init; }

    [JsonPropertyName("nbf")]
    public long NotBefore { get; init; }

    [JsonPropertyName("exp")]
    public long Expires { get; init; }
}
