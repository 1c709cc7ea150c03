using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SpeechCustom.Module.Tests.Support;

/// <summary>An app registration's certificate: a password-protected PFX on disk for the module, the public part for the mock.</summary>
public sealed class ClientCertificateFile : IDisposable
{
    public ClientCertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=speechcustom-automation", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        Password = "pfx-" + Guid.NewGuid().ToString("N");
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"speechcustom-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        PublicCertificate = X509CertificateLoader.LoadCertificate(certificate.Export(X509ContentType.Cert));
    }

    public string Path { get; }

    public string Password { get; }

    public X509Certificate2 PublicCertificate { get; }

    public void Dispose()
    {
        File.Delete(Path);
        PublicCertificate.Dispose();
    }
}
