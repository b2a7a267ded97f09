using Nomadic.Integrations.Http;

namespace Nomadic.Integrations.Consul;

/// <summary>
/// One Consul cluster, like a Nomad agent's <c>consul</c> block plus the HTTP behaviour. Registered by name with
/// <c>services.AddNomadicConsul(name, ...)</c> and validated when the host starts.
/// </summary>
public sealed class ConsulClientOptions : IHttpIntegrationOptions
{
    /// <summary>The name of the cluster a job's <c>consul { cluster }</c> picks when it names none: <c>default</c>.</summary>
    public const string DefaultClusterName = "default";

    /// <summary>The auth method Nomad logs workloads in with by default: <c>nomad-workloads</c>.</summary>
    public const string DefaultAuthMethod = "nomad-workloads";

    /// <summary>Consul's address (<c>CONSUL_HTTP_ADDR</c>); default <c>http://127.0.0.1:8500</c>, Consul's default. An absolute http(s) URL.</summary>
    public string Address { get; set; } = "http://127.0.0.1:8500";

    /// <summary>The token of admin calls (<c>CONSUL_HTTP_TOKEN</c>), e.g. for setup; default <see langword="null"/>: none. Never logged.</summary>
    public ConsulToken? Token { get; set; }

    /// <summary>The Consul Enterprise namespace (<c>CONSUL_NAMESPACE</c>) sent as <c>?ns=</c>; default <see langword="null"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>The Consul Enterprise admin partition (<c>CONSUL_PARTITION</c>) sent as <c>?partition=</c>; default <see langword="null"/>.</summary>
    public string? Partition { get; set; }

    /// <summary>The auth method service identities log in with (<c>service_auth_method</c>); default <c>nomad-workloads</c>.</summary>
    public string ServiceAuthMethod { get; set; } = DefaultAuthMethod;

    /// <summary>The auth method task identities log in with (<c>task_auth_method</c>); default <c>nomad-workloads</c>.</summary>
    public string TaskAuthMethod { get; set; } = DefaultAuthMethod;

    /// <summary>A PEM file of CA certificates that alone are trusted for Consul's server certificate (<c>ca_file</c>); default <see langword="null"/>: the system store.</summary>
    public string? CaFile { get; set; }

    /// <summary>A PEM client certificate presented to Consul (<c>cert_file</c>); default <see langword="null"/>. Requires <see cref="ClientKeyFile"/>.</summary>
    public string? ClientCertificateFile { get; set; }

    /// <summary>The PEM private key of <see cref="ClientCertificateFile"/> (<c>key_file</c>); default <see langword="null"/>.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>The server name checked against Consul's certificate (<c>tls_server_name</c>); default <see langword="null"/>: the address host.</summary>
    public string? TlsServerName { get; set; }

    /// <summary>Retries after the first attempt for connection failures, timeouts, 429 and 5xx (never other 4xx); default 3, at most 10.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first retry delay; later ones grow exponentially with jitter; default 500 ms.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take; default 10 seconds.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a call may take with all its retries; default 60 seconds. Not less than <see cref="AttemptTimeout"/>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
