namespace Nomadic.Locks;

/// <summary>
/// What a lock acquisition asks the store for.
/// </summary>
public sealed record VariableLockRequest
{
    /// <summary>
    /// The lock's time to live: the store frees the lock this long after the acquisition or the last renewal.
    /// Between <see cref="VariableRules.MinLockTtl"/> and <see cref="VariableRules.MaxLockTtl"/>;
    /// defaults to <see cref="VariableRules.DefaultLockTtl"/> (15 s), as in Nomad.
    /// </summary>
    public TimeSpan Ttl { get; init; } = VariableRules.DefaultLockTtl;

    /// <summary>
    /// How long nobody can acquire the lock after it expired. Between zero and
    /// <see cref="VariableRules.MaxLockDelay"/>; defaults to <see cref="VariableRules.DefaultLockDelay"/> (15 s), as in Nomad.
    /// </summary>
    public TimeSpan LockDelay { get; init; } = VariableRules.DefaultLockDelay;

    /// <summary>
    /// The items to store with the lock. <see langword="null"/> (the default) keeps the variable's current items,
    /// or creates it with none; a dictionary replaces them, as Nomad's acquire always does.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Items { get; init; }
}
