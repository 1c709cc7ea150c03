using System;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using SpeechCustom.Engine.Errors;

namespace SpeechCustom.Engine.Connection
{
    /// <summary>Builds the Azure.Identity credential for each Entra ID option. Every Entra ID flow is Azure.Identity's own code.</summary>
    internal static class CredentialFactory
    {
        public const string Scope = "https://cognitiveservices.azure.com/.default";

        public static TokenCredential? Create(SpeechConnectOptions options)
        {
            switch (options.AuthType)
            {
                case SpeechAuthType.Key:
                    return null;
                case SpeechAuthType.ManagedIdentity:
                    var id = string.IsNullOrEmpty(options.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ClientId);
                    return new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(id));
                case SpeechAuthType.ServicePrincipalSecret:
                    return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret, Configure(new ClientSecretCredentialOptions(), options));
                case SpeechAuthType.ServicePrincipalCertificate:
                    var certOptions = Configure(new ClientCertificateCredentialOptions(), options);
                    return string.IsNullOrEmpty(options.CertificatePassword)
                        ? new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath, certOptions)
                        : new ClientCertificateCredential(options.TenantId, options.ClientId, LoadCertificate(options), certOptions);
                case SpeechAuthType.AccessToken:
                    return new StaticTokenCredential(options.AccessToken!);
                default:
                    throw new SpeechInputException("UnknownAuthType", $"Unknown authentication type {options.AuthType}.");
            }
        }

        private static T Configure<T>(T credentialOptions, SpeechConnectOptions options)
            where T : TokenCredentialOptions
        {
            if (options.AuthorityHost != null)
            {
                credentialOptions.AuthorityHost = options.AuthorityHost;
                // Instance discovery only knows the public and sovereign clouds; private authorities (Azure Stack, a
                // local emulator) must skip it.
                if (!IsKnownCloud(options.AuthorityHost))
                {
                    if (credentialOptions is ClientSecretCredentialOptions secret)
                        secret.DisableInstanceDiscovery = true;
                    if (credentialOptions is ClientCertificateCredentialOptions cert)
                        cert.DisableInstanceDiscovery = true;
                }
            }
            return credentialOptions;
        }

        private static bool IsKnownCloud(Uri authority)
            => authority.Host.Equals(AzureAuthorityHosts.AzurePublicCloud.Host, StringComparison.OrdinalIgnoreCase)
               || authority.Host.Equals(AzureAuthorityHosts.AzureChina.Host, StringComparison.OrdinalIgnoreCase)
               || authority.Host.Equals(AzureAuthorityHosts.AzureGovernment.Host, StringComparison.OrdinalIgnoreCase);

        private static X509Certificate2 LoadCertificate(SpeechConnectOptions options)
        {
            try
            {
                return new X509Certificate2(options.CertificatePath!, options.CertificatePassword, X509KeyStorageFlags.DefaultKeySet);
            }
            catch (System.Security.Cryptography.CryptographicException e)
            {
                throw new SpeechInputException("InvalidCertificate", $"The certificate '{options.CertificatePath}' could not be read: {e.Message}", "CertificatePath",
                    "Give a PFX/PKCS#12 file with its private key and the right -CertificatePassword, or a PEM file with the key.");
            }
        }
    }
}
