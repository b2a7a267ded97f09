namespace Nomadic.Integrations.Vault;

/// <summary>What the task's <c>vault.change_mode</c> asks for when its token is replaced.</summary>
public enum VaultChangeMode
{
    /// <summary>Restart the task (Nomad's default).</summary>
    Restart,

    /// <summary>Send <see cref="VaultTaskTokenOptions.ChangeSignal"/> to the task.</summary>
    Signal,

    /// <summary>Do nothing; the new token is delivered to the file only.</summary>
    Noop,
}

/// <summary>The task's token was replaced by a new login; apply <paramref name="Mode"/>.</summary>
/// <param name="Mode">The change mode.</param>
/// <param name="Signal">The signal of <see cref="VaultChangeMode.Signal"/>, else <see langword="null"/>.</param>
/// <param name="Reason">Why the token was replaced (Vault's error; never the token).</param>
public sealed record VaultTokenChange(VaultChangeMode Mode, string? Signal, string Reason);
