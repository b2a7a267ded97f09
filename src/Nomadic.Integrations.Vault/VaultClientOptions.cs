namespace Nomadic.Integrations.Vault;

/// <summary>
/// One Vault cluster, like a Nomad agent's <c>vault</c> block plus the HTTP behaviour. Registered by name with
/// <c>services.AddNomadicVault(name, ...)</c> and validated when the host starts.
/// </summary>
public sealed class VaultClientOptions : Nomadic.Integrations.Http.IHttpIntegrationOptions
{
    /// <summary>The name of the cluster a job's <c>vault { cluster }</c> picks when it names none: <c>default</c>.</summary>
    public const string DefaultClusterName = "default";

    /// <summary>Vault's address (<c>VAULT_ADDR</c>); default <c>https://vault.service.consul:8200</c>, Nomad's default. An absolute http(s) URL.</summary>
    public string Address { get; set; } = "https://vault.service.consul:8200";

    /// <summary>The token of admin calls (<c>VAULT_TOKEN</c>), e.g. for setup; default <see langword="null"/>: none. Never logged.</summary>
    public VaultToken? Token { get; set; }

    /// <summary>The Vault Enterprise namespace (<c>VAULT_NAMESPACE</c>, the agent's <c>vault.namespace</c>) sent as <c>X-Vault-Namespace</c>; default <see langword="null"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>The JWT auth mount tasks log in with (<c>jwt_auth_backend_path</c>); default <c>jwt-nomad</c>.</summary>
    public string JwtAuthBackendPath { get; set; } = "jwt-nomad";

    /// <summary>The role used when the job's <c>vault</c> block names none (<c>create_from_role</c>); default <see langword="null"/>: Vault's <c>default_role</c>.</summary>
    public string? CreateFromRole { get; set; }

    /// <summary>A PEM file of CA certificates that alone are trusted for Vault's server certificate (<c>ca_file</c>); default <see langword="null"/>: the system store.</summary>
    public string? CaFile { get; set; }

    /// <summary>A PEM client certificate presented to Vault (<c>cert_file</c>); default <see langword="null"/>. Requires <see cref="ClientKeyFile"/>.</summary>
    public string? ClientCertificateFile { get; set; }

    /// <summary>The PEM private key of <see cref="ClientCertificateFile"/> (<c>key_file</c>); default <see langword="null"/>.</summary>
    public string? ClientKeyFile { get; set; }

    /// <summary>The server name checked against Vault's certificate and sent as SNI (<c>tls_server_name</c>); default <see langword="null"/>: the address host.</summary>
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
