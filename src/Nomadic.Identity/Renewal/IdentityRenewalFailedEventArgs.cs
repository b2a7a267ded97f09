namespace Nomadic.Identity;

/// <summary>Minting or delivering a renewed identity failed; the renewer tries again after <see cref="RetryIn"/>.</summary>
/// <param name="identity">The identity block.</param>
/// <param name="error">What failed.</param>
/// <param name="attempt">How many renewals of this identity have failed in a row (1 for the first).</param>
/// <param name="retryIn">How long until the next attempt.</param>
public sealed class IdentityRenewalFailedEventArgs(TaskIdentity identity, Exception error, int attempt, TimeSpan retryIn) : EventArgs
{
    /// <summary>The identity block.</summary>
    public TaskIdentity Identity { get; } = identity;

    /// <summary>The identity's name.</summary>
    public string Name => Identity.Name;

    /// <summary>What failed.</summary>
    public Exception Error { get; } = error;

    /// <summary>How many renewals of this identity have failed in a row (1 for the first).</summary>
    public int Attempt { get; } = attempt;

    /// <summary>How long until the next attempt.</summary>
    public TimeSpan RetryIn { get; } = retryIn;
}
