using System;
using Azure.Core.Pipeline;
using SpeechCustom.Engine.Http;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>Everything needed to connect to one Speech resource. Secrets are plain strings only here, briefly.</summary>
    public sealed class SpeechConnectOptions
    {
        public SpeechAuthType AuthType { get; set; }

        /// <summary>The resource endpoint (https://contoso.cognitiveservices.azure.com or a regional one); or give <see cref="Region"/>.</summary>
        public Uri? Endpoint { get; set; }

        /// <summary>The Azure region (e.g. eastus): the endpoint becomes https://{region}.api.cognitive.microsoft.com.</summary>
        public string? Region { get; set; }

        public string? Key { get; set; }

        public string? TenantId { get; set; }

        public string? ClientId { get; set; }

        public string? ClientSecret { get; set; }

        public string? CertificatePath { get; set; }

        public string? CertificatePassword { get; set; }

        public string? AccessToken { get; set; }

        /// <summary>Entra ID authority for service principals (sovereign clouds, Azure Stack); default: AZURE_AUTHORITY_HOST or the public cloud.</summary>
        public Uri? AuthorityHost { get; set; }

        public string SpeechToTextApiVersion { get; set; } = ApiVersions.SpeechToTextDefault;

        public string CustomVoiceApiVersion { get; set; } = ApiVersions.CustomVoiceDefault;

        public RetrySettings Retry { get; set; } = RetrySettings.Default;

        /// <summary>For tests: a transport other than the shared HttpClient.</summary>
        public HttpPipelineTransport? Transport { get; set; }
    }
}
