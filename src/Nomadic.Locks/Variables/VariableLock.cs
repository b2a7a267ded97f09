namespace Nomadic.Locks;

/// <summary>
/// The lock held on a variable: Nomad's <c>Lock {ID, TTL, LockDelay}</c>.
/// </summary>
public sealed record VariableLock
{
    /// <summary>The lock's identifier, chosen by the store at acquisition; renew, release and locked writes quote it.</summary>
    public required string Id { get; init; }

    /// <summary>How long the lock lives after its acquisition or last renewal, on the store's clock.</summary>
    public TimeSpan Ttl { get; init; }

    /// <summary>How long the lock stays unavailable to everyone after it expires (not after a release).</summary>
    public TimeSpan LockDelay { get; init; }
}
