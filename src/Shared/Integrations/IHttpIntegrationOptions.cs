namespace Nomadic.Integrations.Http;

/// <summary>What the shared HTTP plumbing needs from a Vault or Consul cluster's options: the address, TLS files and retry bounds.</summary>
internal interface IHttpIntegrationOptions
{
    string Address { get; }

    string? CaFile { get; }

    string? ClientCertificateFile { get; }

    string? ClientKeyFile { get; }

    string? TlsServerName { get; }

    int MaxRetryAttempts { get; }

    TimeSpan RetryBaseDelay { get; }

    TimeSpan AttemptTimeout { get; }

    TimeSpan TotalTimeout { get; }
}
