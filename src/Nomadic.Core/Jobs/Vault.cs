namespace Nomadic.Core.Jobs;

/// <summary>A <c>vault</c> block: the task receives a Vault token, by workload identity login in Nomad 1.7.</summary>
public sealed class Vault
{
    /// <summary>Legacy token policies; ignored with workload identities (<c>policies</c>).</summary>
    public IList<string>? Policies { get; set; }

    /// <summary>The Vault JWT role to log in with (<c>role</c>).</summary>
    public string Role { get; set; } = "";

    /// <summary>The Vault namespace (<c>namespace</c>; Enterprise).</summary>
    public string? Namespace { get; set; }

    /// <summary>The name of the Vault cluster in the agent configuration (<c>cluster</c>; default <c>default</c>).</summary>
    public string Cluster { get; set; } = "";

    /// <summary>Whether <c>VAULT_TOKEN</c> is set in the task (<c>env</c>; default true).</summary>
    public bool? Env { get; set; }

    /// <summary>Whether the token is not written to <c>secrets/vault_token</c> (<c>disable_file</c>; default false).</summary>
    public bool? DisableFile { get; set; }

    /// <summary><c>noop</c>, <c>restart</c> or <c>signal</c> when the token changes (<c>change_mode</c>; default <c>restart</c>).</summary>
    public string? ChangeMode { get; set; }

    /// <summary>The signal for <c>change_mode = "signal"</c> (<c>change_signal</c>).</summary>
    public string? ChangeSignal { get; set; }

    /// <summary>Whether the task keeps running after its token can no longer be renewed (<c>allow_token_expiration</c>).</summary>
    public bool? AllowTokenExpiration { get; set; }
}
