using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Nomadic.Integrations.Http;

/// <summary>Builds the primary handler of a cluster's HTTP client from its TLS options.</summary>
internal static class IntegrationHttpHandlerFactory
{
    public static SocketsHttpHandler Create(IHttpIntegrationOptions options)
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        var ssl = handler.SslOptions;
        if (options.ClientCertificateFile is { } certFile && options.ClientKeyFile is { } keyFile)
        {
            ssl.ClientCertificates = [X509Certificate2.CreateFromPemFile(certFile, keyFile)];
        }

        X509Certificate2Collection? roots = null;
        if (options.CaFile is { } caFile)
        {
            roots = [];
            roots.ImportFromPemFile(caFile);
        }

        if (roots is not null || options.TlsServerName is { Length: > 0 })
        {
            var serverName = options.TlsServerName is { Length: > 0 } name ? name : null;
            ssl.RemoteCertificateValidationCallback = (_, certificate, _, errors) => Validate(certificate, errors, roots, serverName);
        }

        return handler;
    }

    // SocketsHttpHandler always checks the certificate against the URL's host; with tls_server_name the name is checked here
    // instead, and with a CA file the chain is built against those roots alone.
    private static bool Validate(X509Certificate? certificate, SslPolicyErrors errors, X509Certificate2Collection? roots, string? serverName)
    {
        if (certificate is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            return false;
        }

        using var leaf = new X509Certificate2(certificate);
        var nameOk = serverName is null ? !errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) : leaf.MatchesHostname(serverName);
        if (!nameOk)
        {
            return false;
        }

        if (roots is null)
        {
            return !errors.HasFlag(SslPolicyErrors.RemoteCertificateChainErrors);
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        return chain.Build(leaf);
    }
}
