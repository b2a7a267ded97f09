using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>Reads Consul's own environment variables into <see cref="ConsulClientOptions"/>, as the <c>consul</c> CLI and <c>nomad setup consul</c> do.</summary>
public static class ConsulEnvironment
{
    /// <summary>
    /// Applies <c>CONSUL_HTTP_ADDR</c> (<c>host:port</c> gets <c>http://</c>, or <c>https://</c> with <c>CONSUL_HTTP_SSL=true</c>),
    /// <c>CONSUL_HTTP_TOKEN</c>, <c>CONSUL_NAMESPACE</c>, <c>CONSUL_PARTITION</c>, <c>CONSUL_CACERT</c>, <c>CONSUL_CLIENT_CERT</c>,
    /// <c>CONSUL_CLIENT_KEY</c> and <c>CONSUL_TLS_SERVER_NAME</c> from <paramref name="environment"/> when they are set and not empty.
    /// </summary>
    /// <param name="options">The options to change.</param>
    /// <param name="environment">The variables, e.g. the process environment.</param>
    /// <returns><paramref name="options"/>.</returns>
    public static ConsulClientOptions Apply(ConsulClientOptions options, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        if (Get(environment, "CONSUL_HTTP_ADDR") is { } address)
        {
            var ssl = string.Equals(Get(environment, "CONSUL_HTTP_SSL"), "true", StringComparison.OrdinalIgnoreCase);
            options.Address = WithScheme(address, ssl);
        }

        if (Get(environment, "CONSUL_HTTP_TOKEN") is { } token)
        {
            options.Token = new ConsulToken(token);
        }

        options.Namespace = Get(environment, "CONSUL_NAMESPACE") ?? options.Namespace;
        options.Partition = Get(environment, "CONSUL_PARTITION") ?? options.Partition;
        options.CaFile = Get(environment, "CONSUL_CACERT") ?? options.CaFile;
        options.ClientCertificateFile = Get(environment, "CONSUL_CLIENT_CERT") ?? options.ClientCertificateFile;
        options.ClientKeyFile = Get(environment, "CONSUL_CLIENT_KEY") ?? options.ClientKeyFile;
        options.TlsServerName = Get(environment, "CONSUL_TLS_SERVER_NAME") ?? options.TlsServerName;
        return options;
    }

    /// <summary>Consul's address forms: a URL, or <c>host:port</c> to which the scheme is added.</summary>
    /// <param name="address">The address.</param>
    /// <param name="ssl">Whether a bare <c>host:port</c> means HTTPS.</param>
    /// <returns>An absolute URL.</returns>
    public static string WithScheme(string address, bool ssl = false)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Contains("://", StringComparison.Ordinal) ? address : (ssl ? "https://" : "http://") + address;
    }

    private static string? Get(IReadOnlyDictionary<string, string> environment, string name) => EnvironmentValues.Get(environment, name);
}
