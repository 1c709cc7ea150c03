using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Diagnostics;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>Registers every token it hands out with the redactor, so a token can never be echoed into a stream.</summary>
    internal sealed class RedactingTokenCredential : TokenCredential
    {
        private readonly TokenCredential inner;

        public RedactingTokenCredential(TokenCredential inner) => this.inner = inner;

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => Register(inner.GetToken(requestContext, cancellationToken));

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => Register(await inner.GetTokenAsync(requestContext, cancellationToken).ConfigureAwait(false));

        private static AccessToken Register(AccessToken token)
        {
            SecretRedactor.RegisterSecret(token.Token);
            return token;
        }
    }
}
