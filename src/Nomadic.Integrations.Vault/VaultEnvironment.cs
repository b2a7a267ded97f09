using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Vault;

/// <summary>Reads Vault's own environment variables into <see cref="VaultClientOptions"/>, as the <c>vault</c> CLI and <c>nomad setup vault</c> do.</summary>
public static class VaultEnvironment
{
    /// <summary>
    /// Applies <c>VAULT_ADDR</c>, <c>VAULT_TOKEN</c>, <c>VAULT_NAMESPACE</c>, <c>VAULT_CACERT</c>, <c>VAULT_CLIENT_CERT</c>,
    /// <c>VAULT_CLIENT_KEY</c> and <c>VAULT_TLS_SERVER_NAME</c> from <paramref name="environment"/> when they are set and not empty.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="environment">The variables, e.g. the process environment.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static VaultClientOptions Apply(VaultClientOptions options, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (Get(environment, "VAULT_ADDR") is { } address)
        {
            options.Address = address;
        }

        if (Get(environment, "VAULT_TOKEN") is { } token)
        {
            options.Token = new VaultToken(token);
        }

        options.Namespace = Get(environment, "VAULT_NAMESPACE") ?? options.Namespace;
        options.CaFile = Get(environment, "VAULT_CACERT") ?? options.CaFile;
        options.ClientCertificateFile = Get(environment, "VAULT_CLIENT_CERT") ?? options.ClientCertificateFile;
        options.ClientKeyFile = Get(environment, "VAULT_CLIENT_KEY") ?? options.ClientKeyFile;
        options.TlsServerName = Get(environment, "VAULT_TLS_SERVER_NAME") ?? options.TlsServerName;
        return options;
    }

    private static string? Get(IReadOnlyDictionary<string, string> environment, string name) => EnvironmentValues.Get(environment, name);
}
