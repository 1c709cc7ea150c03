using System;
using System.Management.Automation;
using System.Security;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Infrastructure;

namespace SpeechCustom.Cmdlets.Connection
{
    /// <summary>
    /// <para type="synopsis">Connects to an Azure AI Speech resource for the cmdlets of this session.</para>
    /// <para type="description">Creates the connection every SpeechCustom cmdlet uses in the current runspace: the endpoint, how to authenticate (key, managed identity, service principal, access token) and the API versions.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "SpeechService", DefaultParameterSetName = EndpointKeySet)]
    [OutputType(typeof(SpeechContext))]
    public sealed class ConnectSpeechServiceCmdlet : SpeechCmdlet
    {
        private const string RegionKeySet = "RegionKey";
        private const string EndpointKeySet = "EndpointKey";
        private const string ManagedIdentitySet = "ManagedIdentity";
        private const string SecretSet = "ServicePrincipalSecret";
        private const string CertificateSet = "ServicePrincipalCertificate";
        private const string AccessTokenSet = "AccessToken";

        [Parameter(Mandatory = true, ParameterSetName = RegionKeySet, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Region { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = EndpointKeySet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = ManagedIdentitySet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = SecretSet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = CertificateSet, Position = 0)]
        [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet, Position = 0)]
        [ValidateNotNull]
        public Uri? Endpoint { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = RegionKeySet)]
        [Parameter(Mandatory = true, ParameterSetName = EndpointKeySet)]
        [ValidateNotNull]
        public SecureString? Key { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = ManagedIdentitySet)]
        public SwitchParameter Identity { get; set; }

        [Parameter(ParameterSetName = ManagedIdentitySet)]
        [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
        [Parameter(Mandatory = true, ParameterSetName = CertificateSet)]
        [ValidateNotNullOrEmpty]
        public string? ClientId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
        [Parameter(Mandatory = true, ParameterSetName = CertificateSet)]
        [ValidateNotNullOrEmpty]
        public string? TenantId { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = SecretSet)]
        [ValidateNotNull]
        public SecureString? ClientSecret { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = CertificateSet)]
        [ValidateNotNullOrEmpty]
        public string? CertificatePath { get; set; }

        [Parameter(ParameterSetName = CertificateSet)]
        public SecureString? CertificatePassword { get; set; }

        [Parameter(ParameterSetName = SecretSet)]
        [Parameter(ParameterSetName = CertificateSet)]
        public Uri? AuthorityHost { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
        [ValidateNotNull]
        public SecureString? AccessToken { get; set; }

        [Parameter]
        [ArgumentCompleter(typeof(ApiVersionCompleter))]
        public string SpeechToTextApiVersion { get; set; } = ApiVersions.SpeechToTextDefault;

        [Parameter]
        [ArgumentCompleter(typeof(ApiVersionCompleter))]
        public string CustomVoiceApiVersion { get; set; } = ApiVersions.CustomVoiceDefault;

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaxRetries { get; set; } = RetrySettings.Default.MaxRetries;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            SpeechContext context;
            try
            {
                context = SpeechContext.Create(BuildOptions());
            }
            catch (SpeechException e)
            {
                ThrowTerminatingError(ErrorRecords.From(e, Endpoint?.ToString() ?? Region));
                return;
            }

            Run(ct => context.VerifyAsync(ct), context.Endpoint.ToString(), terminating: true);
            ContextStore.Set(context);
            WriteVerbose($"Connected to {context.Endpoint} with {context.AuthType}; speech to text API {context.SpeechToTextApiVersion}, custom voice API {context.CustomVoiceApiVersion}.");
            if (PassThru)
                WriteSpeechObject(context);
        }

        private SpeechConnectOptions BuildOptions() => new SpeechConnectOptions
        {
            AuthType = ParameterSetName switch
            {
                RegionKeySet or EndpointKeySet => SpeechAuthType.Key,
                ManagedIdentitySet => SpeechAuthType.ManagedIdentity,
                SecretSet => SpeechAuthType.ServicePrincipalSecret,
                CertificateSet => SpeechAuthType.ServicePrincipalCertificate,
                _ => SpeechAuthType.AccessToken,
            },
            Endpoint = Endpoint,
            Region = ParameterSetName == RegionKeySet ? Region : null,
            Key = SecureStrings.ToPlain(Key),
            ClientId = ClientId,
            TenantId = TenantId,
            ClientSecret = SecureStrings.ToPlain(ClientSecret),
            CertificatePath = CertificatePath is null ? null : GetUnresolvedProviderPathFromPSPath(CertificatePath),
            CertificatePassword = SecureStrings.ToPlain(CertificatePassword),
            AuthorityHost = AuthorityHost,
            AccessToken = SecureStrings.ToPlain(AccessToken),
            SpeechToTextApiVersion = SpeechToTextApiVersion,
            CustomVoiceApiVersion = CustomVoiceApiVersion,
            Retry = new RetrySettings { MaxRetries = MaxRetries },
        };
    }
}
