using System;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using SpeechCustom.Engine.CustomVoice;
using SpeechCustom.Engine.Diagnostics;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.SpeechToText;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>
    /// A connection to one Speech resource: its endpoint, how it authenticates, the API versions, and the one HTTP
    /// pipeline every cmdlet of the connection shares. What users see (Get-SpeechContext, -PassThru) never includes
    /// the key, secret or token.
    /// </summary>
    public sealed class SpeechContext
    {
        private readonly TokenCredential? credential;

        private SpeechContext(SpeechConnectOptions options, Uri endpoint, TokenCredential? credential, HttpPipeline pipeline, ThrottleGatePolicy gate)
        {
            Endpoint = endpoint;
            Region = SpeechEndpoints.RegionOf(endpoint) ?? options.Region;
            AuthType = options.AuthType;
            TenantId = options.TenantId;
            ClientId = options.ClientId;
            SpeechToTextApiVersion = ApiVersions.NormalizeSpeechToText(options.SpeechToTextApiVersion);
            CustomVoiceApiVersion = ApiVersions.NormalizeCustomVoice(options.CustomVoiceApiVersion);
            ConnectedAt = DateTimeOffset.Now;
            this.credential = credential;
            Throttle = gate;
            var caller = new RestCaller(pipeline, (options.Retry ?? RetrySettings.Default).NetworkTimeout);
            CustomVoice = new CustomVoiceClient(this, caller);
            SpeechToText = new SpeechToTextClient(this, caller);
        }

        public Uri Endpoint { get; }

        public string? Region { get; }

        public SpeechAuthType AuthType { get; }

        public string? TenantId { get; }

        public string? ClientId { get; }

        public string SpeechToTextApiVersion { get; }

        public string CustomVoiceApiVersion { get; }

        public DateTimeOffset ConnectedAt { get; }

        public CustomVoiceClient CustomVoice { get; }

        public SpeechToTextClient SpeechToText { get; }

        internal ThrottleGatePolicy Throttle { get; }

        /// <summary>Checks the options (nothing is sent) and builds the connection.</summary>
        public static SpeechContext Create(SpeechConnectOptions options)
        {
            if (options is null)
                throw new ArgumentNullException(nameof(options));

            Uri endpoint;
            if (options.Endpoint != null)
                endpoint = SpeechEndpoints.Validate(options.Endpoint);
            else if (!string.IsNullOrWhiteSpace(options.Region))
                endpoint = SpeechEndpoints.ForRegion(options.Region!);
            else
                throw new SpeechInputException("MissingEndpoint", "Give the Speech resource's -Endpoint or -Region.", "Endpoint");

            // Normalize early so a wrong version fails before anything else.
            ApiVersions.NormalizeSpeechToText(options.SpeechToTextApiVersion);
            ApiVersions.NormalizeCustomVoice(options.CustomVoiceApiVersion);
            RequireSecrets(options);
            if (options.AuthType != SpeechAuthType.Key && endpoint.Scheme != Uri.UriSchemeHttps)
                throw new SpeechInputException("InsecureEndpoint",
                    $"Entra ID tokens are only sent over https, and '{endpoint}' is plain http. Use the resource's https custom-domain endpoint (a local mock must listen on https too).",
                    "Endpoint");

            SecretRedactor.RegisterSecret(options.Key);
            SecretRedactor.RegisterSecret(options.ClientSecret);
            SecretRedactor.RegisterSecret(options.AccessToken);
            SecretRedactor.RegisterSecret(options.CertificatePassword);

            var identity = CredentialFactory.Create(options);
            var credential = identity is null ? null : new RedactingTokenCredential(identity);
            HttpPipelinePolicy auth = credential is null
                ? new SubscriptionKeyPolicy(options.Key!)
                : new BearerTokenAuthenticationPolicy(credential, CredentialFactory.Scope);
            var pipeline = SpeechPipelineFactory.Build(auth, options.Retry ?? RetrySettings.Default, options.Transport, out var gate);
            return new SpeechContext(options, endpoint, credential, pipeline, gate);
        }

        /// <summary>
        /// For Entra ID connections, gets a token now so a misconfigured identity fails at connect time with a clear
        /// message rather than at the first command of a runbook. Keys are not checked (that would need a request).
        /// </summary>
        public async Task VerifyAsync(CancellationToken cancellationToken)
        {
            if (credential is null)
                return;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                await credential.GetTokenAsync(new TokenRequestContext(new[] { CredentialFactory.Scope }), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new SpeechException("AuthenticationTimedOut", $"No token was obtained for {AuthType} within 60 seconds.", SpeechErrorCategory.AuthenticationError, Endpoint.ToString(), RecommendedAuthAction());
            }
            catch (AuthenticationFailedException e)
            {
                throw new SpeechException("AuthenticationFailed", $"Could not get a token for {AuthType}: {e.Message}", SpeechErrorCategory.AuthenticationError, Endpoint.ToString(), RecommendedAuthAction(), e);
            }
        }

        public override string ToString() => $"{AuthType} @ {Endpoint}";

        private string RecommendedAuthAction() => AuthType switch
        {
            SpeechAuthType.ManagedIdentity => "Enable a managed identity for the Automation account (or VM/Function), give it the 'Cognitive Services Speech Contributor' role on the Speech resource, and pass -ClientId for a user-assigned identity.",
            SpeechAuthType.ServicePrincipalSecret => "Check -TenantId, -ClientId and -ClientSecret (an expired secret is a common cause).",
            SpeechAuthType.ServicePrincipalCertificate => "Check -TenantId, -ClientId and that the certificate is registered on the app and not expired.",
            _ => "Check the credentials given to Connect-SpeechService.",
        };

        private static void RequireSecrets(SpeechConnectOptions options)
        {
            switch (options.AuthType)
            {
                case SpeechAuthType.Key:
                    Require(options.Key, "Key", "the resource key (Keys and Endpoint page of the Speech resource)");
                    break;
                case SpeechAuthType.ServicePrincipalSecret:
                    Require(options.TenantId, "TenantId", "the Entra ID tenant id");
                    Require(options.ClientId, "ClientId", "the application (client) id");
                    Require(options.ClientSecret, "ClientSecret", "the client secret");
                    break;
                case SpeechAuthType.ServicePrincipalCertificate:
                    Require(options.TenantId, "TenantId", "the Entra ID tenant id");
                    Require(options.ClientId, "ClientId", "the application (client) id");
                    Require(options.CertificatePath, "CertificatePath", "the certificate file (PFX or PEM with its private key)");
                    if (!System.IO.File.Exists(options.CertificatePath))
                        throw new SpeechInputException("CertificateNotFound", $"The certificate file '{options.CertificatePath}' does not exist.", "CertificatePath");
                    break;
                case SpeechAuthType.AccessToken:
                    Require(options.AccessToken, "AccessToken", "an Entra ID access token for https://cognitiveservices.azure.com");
                    break;
            }
        }

        private static void Require(string? value, string parameter, string what)
        {
            if (string.IsNullOrWhiteSpace(value))
                throw new SpeechInputException("MissingParameter", $"-{parameter} is empty: give {what}.", parameter);
        }
    }
}
