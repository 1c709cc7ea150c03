using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>An access token obtained elsewhere (-AccessToken). It cannot be refreshed; its expiry is read from the JWT when possible.</summary>
    internal sealed class StaticTokenCredential : TokenCredential
    {
        private readonly AccessToken token;

        public StaticTokenCredential(string token) => this.token = new AccessToken(token, ExpiryOf(token));

        public DateTimeOffset ExpiresOn => token.ExpiresOn;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => token;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new ValueTask<AccessToken>(token);

        private static DateTimeOffset ExpiryOf(string jwt)
        {
            try
            {
                var parts = jwt.Split('.');
                if (parts.Length >= 2)
                {
                    var payload = parts[1].Replace('-', '+').Replace('_', '/');
                    payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
                    using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
                    if (doc.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds))
                        return DateTimeOffset.FromUnixTimeSeconds(seconds);
                }
            }
            catch (FormatException)
            {
                // Not a JWT: assume an hour, the usual lifetime.
            }
            catch (JsonException)
            {
                // Not a JWT payload: same.
            }
            return DateTimeOffset.UtcNow.AddHours(1);
        }
    }
}
