namespace SpeechCustom.Engine.Connection
{
    /// <summary>How a connection proves who it is.</summary>
    public enum SpeechAuthType
    {
        /// <summary>The Speech resource key (Ocp-Apim-Subscription-Key).</summary>
        Key,

        /// <summary>A managed identity (Azure Automation, Functions, VMs): system-assigned, or user-assigned by client id.</summary>
        ManagedIdentity,

        /// <summary>A service principal with a client secret.</summary>
        ServicePrincipalSecret,

        /// <summary>A service principal with a certificate.</summary>
        ServicePrincipalCertificate,

        /// <summary>An Entra ID access token obtained elsewhere (no refresh).</summary>
        AccessToken,
    }
}
