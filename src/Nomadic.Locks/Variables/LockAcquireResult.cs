namespace Nomadic.Locks;

/// <summary>
/// The outcome of a lock acquisition on a variable.
/// </summary>
public sealed class LockAcquireResult
{
    private LockAcquireResult(bool acquired, Variable? variable, ulong fencingToken, TimeSpan? retryAfter)
    {
        Acquired = acquired;
        Variable = variable;
        FencingToken = fencingToken;
        RetryAfter = retryAfter;
    }

    /// <summary>Whether the lock is now held by the caller.</summary>
    public bool Acquired { get; }

    /// <summary>
    /// When acquired, the locked variable, whose <see cref="Variable.Lock"/> carries the lock ID to renew and release
    /// with. Otherwise the current variable (<see langword="null"/> when there is none).
    /// </summary>
    public Variable? Variable { get; }

    /// <summary>The lock ID to renew and release with; <see langword="null"/> when not acquired.</summary>
    public string? LockId => Acquired ? Variable?.Lock?.Id : null;

    /// <summary>
    /// When acquired, a fencing token that is strictly greater than the token of every earlier acquisition of this
    /// lock in this store, across releases, expiries and deletions; zero when not acquired. It is the index the
    /// acquisition was written at.
    /// </summary>
    public ulong FencingToken { get; }

    /// <summary>
    /// When not acquired and the store knows it, how long until the lock may become free (the holder's remaining
    /// time to live, or the remaining lock delay); <see langword="null"/> when unknown.
    /// </summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>A successful acquisition.</summary>
    /// <param name="variable">The locked variable.</param>
    /// <param name="fencingToken">The acquisition's fencing token.</param>
    /// <returns>The result.</returns>
    public static LockAcquireResult Success(Variable variable, ulong fencingToken)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (variable.Lock is null)
        {
            throw new ArgumentException("An acquired variable carries its lock.", nameof(variable));
        }

        return new(true, variable, fencingToken, retryAfter: null);
    }

    /// <summary>A failed acquisition: someone else holds the lock, or its lock delay is running.</summary>
    /// <param name="current">The current variable, or <see langword="null"/> when there is none.</param>
    /// <param name="retryAfter">How long until the lock may become free, when known.</param>
    /// <returns>The result.</returns>
    public static LockAcquireResult Conflict(Variable? current, TimeSpan? retryAfter) => new(false, current, 0, retryAfter);
}
