using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class TlsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nomadic-vault-tls-").FullName;
    private readonly X509Certificate2 _certificate = SelfSigned("vault.test");

    public void Dispose()
    {
        _certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static X509Certificate2 SelfSigned(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        request.CertificateExtensions.Add(san.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(80));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
    }

    private string CaFile()
    {
        var path = Path.Combine(_directory, "ca.pem");
        File.WriteAllText(path, _certificate.ExportCertificatePem());
        return path;
    }

    [Fact]
    public async Task A_CA_file_and_TLS_server_name_verify_Vaults_certificate()
    {
        await using var vault = await FakeVaultServer.StartAsync(httpsCertificate: _certificate);
        var https = new UriBuilder(vault.Address) { Scheme = "https" }.Uri;
        await using var host = new VaultTestHost(vault, o =>
        {
            o.Address = https.ToString();
            o.CaFile = CaFile();
            o.TlsServerName = "vault.test";
        });

        Assert.Contains("root", await host.Admin.ListPoliciesAsync());
    }

    [Fact]
    public async Task An_untrusted_certificate_is_one_clear_error_and_is_not_retried()
    {
        await using var vault = await FakeVaultServer.StartAsync(httpsCertificate: _certificate);
        var https = new UriBuilder(vault.Address) { Scheme = "https" }.Uri;
        await using var host = new VaultTestHost(vault, o =>
        {
            o.Address = https.ToString();
            o.TlsServerName = "vault.test";
        });

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.ListPoliciesAsync());

        Assert.StartsWith($"Vault at {https} could not be reached for LIST /v1/sys/policies/acl: ", ex.Message);
        Assert.Empty(vault.Requests);
    }

    [Fact]
    public async Task A_certificate_for_another_server_name_is_refused()
    {
        await using var vault = await FakeVaultServer.StartAsync(httpsCertificate: _certificate);
        var https = new UriBuilder(vault.Address) { Scheme = "https" }.Uri;
        await using var host = new VaultTestHost(vault, o =>
        {
            o.Address = https.ToString();
            o.CaFile = CaFile();
            o.TlsServerName = "vault.other";
        });

        await Assert.ThrowsAsync<VaultException>(() => host.Admin.ListPoliciesAsync());
        Assert.Empty(vault.Requests);
    }
}
