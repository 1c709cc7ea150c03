using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace SpeechCustom.MockServer.Auth;

/// <summary>
/// Checks a client assertion (RFC 7523 JWT) the way Entra ID does, loosely: the signature must verify with the
/// registered certificate's public key (RS256 or PS256 as MSAL sends, ES256 for EC certificates), iss/sub when
/// present must be the client id, aud must point at this tenant's token endpoint or issuer, and it must not be expired.
/// </summary>
internal static class ClientAssertionValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Null when the assertion is acceptable, otherwise why not.</summary>
    public static string? Validate(string assertion, X509Certificate2? certificate, string clientId, string tenantId, DateTimeOffset now)
    {
        if (certificate is null)
        {
            return "no certificate is registered for the application.";
        }

        var parts = assertion.Split('.');
        if (parts.Length != 3)
        {
            return "the assertion is not a signed JWT.";
        }

        JsonElement header, payload;
        byte[] signature;
        try
        {
            header = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[0]));
            payload = JsonSerializer.Deserialize<JsonElement>(Base64Url.DecodeFromChars(parts[1]));
            signature = Base64Url.DecodeFromChars(parts[2]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return "the assertion is not a well-formed JWT.";
        }

        var algorithm = StringClaim(header, "alg");
        if (!VerifySignature(Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), signature, algorithm, certificate))
        {
            return $"the signature ({algorithm}) does not verify with the registered certificate.";
        }

        foreach (var claim in new[] { "iss", "sub" })
        {
            var value = StringClaim(payload, claim);
            if (value is not null && !string.Equals(value, clientId, StringComparison.OrdinalIgnoreCase))
            {
                return $"the '{claim}' claim must be the client id.";
            }
        }

        var audience = StringClaim(payload, "aud") ?? "";
        if (!audience.Contains(tenantId, StringComparison.OrdinalIgnoreCase) && !audience.Contains("/oauth2/", StringComparison.OrdinalIgnoreCase))
        {
            return "the 'aud' claim must be the token endpoint of the tenant.";
        }

        if (UnixSecondsClaim(payload, "exp") is { } expires && DateTimeOffset.FromUnixTimeSeconds(expires) + ClockSkew < now)
        {
            return "the assertion has expired.";
        }

        return null;
    }

    private static bool VerifySignature(byte[] data, byte[] signature, string? algorithm, X509Certificate2 certificate)
    {
        using var rsa = certificate.GetRSAPublicKey();
        if (rsa is not null)
        {
            return algorithm switch
            {
                "RS256" => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                "PS256" => rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
                _ => false,
            };
        }

        using var ecdsa = certificate.GetECDsaPublicKey();
        return ecdsa is not null && algorithm == "ES256" && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256);
    }

    // MSAL writes exp/nbf as strings in some versions and as numbers in others.
    private static long? UnixSecondsClaim(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), out var text) => text,
            _ => null,
        };
    }

    private static string? StringClaim(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
