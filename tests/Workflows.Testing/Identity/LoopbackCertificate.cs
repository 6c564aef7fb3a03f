using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Workflows.DevStorage;

namespace Workflows.Testing.Identity;

/// <summary>
/// A throw-away self-signed certificate for 127.0.0.1, written as PEM files for Azurite's <c>--cert/--key</c>,
/// and a transport that trusts exactly this certificate (not every certificate, so TLS is still checked).
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private readonly string _directory;

    private LoopbackCertificate(X509Certificate2 certificate, string directory)
    {
        Certificate = certificate;
        _directory = directory;
        CertificatePath = Path.Combine(directory, "cert.pem");
        KeyPath = Path.Combine(directory, "key.pem");
    }

    public X509Certificate2 Certificate { get; }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    public AzuriteTls AzuriteTls(bool oauth = true) => new(CertificatePath, KeyPath, oauth);

    public static LoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));

        var directory = Directory.CreateTempSubdirectory("workflows-cert-").FullName;
        var created = new LoopbackCertificate(certificate, directory);
        File.WriteAllText(created.CertificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(created.KeyPath, key.ExportPkcs8PrivateKeyPem());
        return created;
    }

    /// <summary>An HTTP handler for the Azure SDKs' transport that accepts this certificate and nothing else.</summary>
    public HttpMessageHandler CreateTrustingHandler()
    {
        var thumbprint = Certificate.Thumbprint;
        return new SocketsHttpHandler
        {
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && string.Equals(presented.GetCertHashString(), thumbprint, StringComparison.OrdinalIgnoreCase),
            },
        };
    }

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
