namespace Nomadic.Integrations.Vault;

/// <summary>The inputs of <see cref="VaultSetup"/>: <c>nomad setup vault</c>'s flags and constants.</summary>
public sealed class VaultSetupOptions
{
    /// <summary>The URL Vault fetches Nomad's signing keys from (<c>-jwks-url</c>); default <c>http://localhost:4646/.well-known/jwks.json</c>.</summary>
    public string JwksUrl { get; set; } = "http://localhost:4646/.well-known/jwks.json";

    /// <summary>The JWT auth mount; default <c>jwt-nomad</c>.</summary>
    public string AuthMethodPath { get; set; } = "jwt-nomad";

    /// <summary>The role and the policy name; default <c>nomad-workloads</c>.</summary>
    public string RoleName { get; set; } = "nomad-workloads";

    /// <summary>The policy name; default <c>nomad-workloads</c>.</summary>
    public string PolicyName { get; set; } = "nomad-workloads";

    /// <summary>The audience the role binds (and the server's <c>default_identity</c> gets); default <c>vault.io</c>.</summary>
    public string Audience { get; set; } = "vault.io";

    /// <summary>The namespace created on Vault Enterprise when the client has none; default <c>nomad-workloads</c>.</summary>
    public string EnterpriseNamespace { get; set; } = "nomad-workloads";
}
