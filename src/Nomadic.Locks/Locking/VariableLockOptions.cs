namespace Nomadic.Locks;

/// <summary>
/// How a <see cref="VariableDistributedLock"/> acquires its variable's lock.
/// </summary>
public sealed record VariableLockOptions
{
    /// <summary>The namespace of the lock's variable; defaults to <c>default</c>.</summary>
    public string Namespace { get; init; } = VariableRules.DefaultNamespace;

    /// <summary>The lock's TTL (10 s to 24 h); defaults to 15 s. Renewals are sent every 0.7 × TTL.</summary>
    public TimeSpan Ttl { get; init; } = VariableRules.DefaultLockTtl;

    /// <summary>How long nobody can take the lock after it expired (0 to 24 h); defaults to 15 s.</summary>
    public TimeSpan LockDelay { get; init; } = VariableRules.DefaultLockDelay;

    /// <summary>
    /// Items written with each acquisition (for example who holds the lock); <see langword="null"/> (the default)
    /// keeps the variable's items untouched.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Items { get; init; }
}
