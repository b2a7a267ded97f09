namespace Nomadic.Identity;

/// <summary>A renewed identity has been delivered (files written, environment updated); the host applies <see cref="ChangeMode"/>.</summary>
/// <param name="identity">The identity block.</param>
/// <param name="token">The new token.</param>
/// <param name="filePath">The token file rewritten, or <see langword="null"/> when the block has <c>file = false</c>.</param>
public sealed class IdentityChangedEventArgs(TaskIdentity identity, SignedIdentity token, string? filePath) : EventArgs
{
    /// <summary>The identity block.</summary>
    public TaskIdentity Identity { get; } = identity;

    /// <summary>The identity's name.</summary>
    public string Name => Identity.Name;

    /// <summary>The new token. Never log it.</summary>
    public SignedIdentity Token { get; } = token;

    /// <summary>What the host should do: nothing, signal the task, or restart it.</summary>
    public IdentityChangeMode ChangeMode => Identity.ChangeMode;

    /// <summary>The upper-cased signal to send with <see cref="IdentityChangeMode.Signal"/>; otherwise <see langword="null"/>.</summary>
    public string? ChangeSignal => Identity.ChangeMode == IdentityChangeMode.Signal ? Identity.ChangeSignal : null;

    /// <summary>The environment variable that now holds the token, or <see langword="null"/> when the block has <c>env = false</c>.</summary>
    public string? EnvironmentVariable => Identity.Env ? IdentityDelivery.EnvironmentVariableName(Identity.Name) : null;

    /// <summary>The token file rewritten, or <see langword="null"/> when the block has <c>file = false</c>.</summary>
    public string? FilePath { get; } = filePath;
}
