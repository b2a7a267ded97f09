using JobVault = Nomadic.Core.Jobs.Vault;

namespace Nomadic.Integrations.Vault;

/// <summary>How one task gets its Vault token: the job's <c>vault</c> block resolved against its cluster's options.</summary>
public sealed class VaultTaskTokenOptions
{
    /// <summary>The role to log in with; empty for the mount's <c>default_role</c>; default empty.</summary>
    public string Role { get; set; } = "";

    /// <summary>The Vault namespace (<c>VAULT_NAMESPACE</c>); default <see langword="null"/>.</summary>
    public string? Namespace { get; set; }

    /// <summary>The JWT auth mount; default <c>jwt-nomad</c>.</summary>
    public string AuthMount { get; set; } = "jwt-nomad";

    /// <summary>What to do when the token is replaced; default <see cref="VaultChangeMode.Restart"/>.</summary>
    public VaultChangeMode ChangeMode { get; set; } = VaultChangeMode.Restart;

    /// <summary>The signal of <see cref="VaultChangeMode.Signal"/>; default <see langword="null"/>.</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>Whether <c>VAULT_TOKEN</c> and <c>VAULT_NAMESPACE</c> go into the task's environment; default true.</summary>
    public bool Env { get; set; } = true;

    /// <summary>Whether <c>secrets/vault_token</c> is not written; default false.</summary>
    public bool DisableFile { get; set; }

    /// <summary>Whether the token is left to expire instead of being renewed; default false. Forced on for non-renewable (batch) tokens.</summary>
    public bool AllowTokenExpiration { get; set; }

    /// <summary>The task's <c>secrets</c> directory, where <c>vault_token</c> is written; default <see langword="null"/>: no file.</summary>
    public string? SecretsDirectory { get; set; }

    /// <summary>The options of a task's <c>vault</c> block, with Nomad's precedence: the block's role, else the cluster's <c>create_from_role</c>, else empty (Vault's default role); the block's namespace, else the cluster's.</summary>
    /// <param name="vault">The task's <c>vault</c> block.</param>
    /// <param name="cluster">The cluster's options.</param>
    /// <param name="secretsDirectory">The task's <c>secrets</c> directory, or <see langword="null"/>.</param>
    /// <returns>The options.</returns>
    public static VaultTaskTokenOptions FromJob(JobVault vault, VaultClientOptions cluster, string? secretsDirectory)
    {
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(cluster);
        return new VaultTaskTokenOptions
        {
            Role = !string.IsNullOrEmpty(vault.Role) ? vault.Role : cluster.CreateFromRole ?? "",
            Namespace = !string.IsNullOrEmpty(vault.Namespace) ? vault.Namespace : cluster.Namespace,
            AuthMount = cluster.JwtAuthBackendPath.Trim('/'),
            ChangeMode = vault.ChangeMode?.ToLowerInvariant() switch
            {
                "noop" => VaultChangeMode.Noop,
                "signal" => VaultChangeMode.Signal,
                _ => VaultChangeMode.Restart,
            },
            ChangeSignal = vault.ChangeSignal,
            Env = vault.Env ?? true,
            DisableFile = vault.DisableFile ?? false,
            AllowTokenExpiration = vault.AllowTokenExpiration ?? false,
            SecretsDirectory = secretsDirectory,
        };
    }
}
