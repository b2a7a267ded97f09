namespace Nomadic.Locks.Storage;

/// <summary>
/// Leases of released locks, kept for the next acquisition with the same TTL: taking one back costs a keep-alive,
/// which the leader answers without a Raft write, where granting and revoking are one Raft write each.
/// </summary>
internal sealed class LeasePool
{
    private const int MaxIdlePerTtl = 8;
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Stack<long>> _idle = [];

    /// <summary>Takes an idle lease granted with <paramref name="ttlSeconds"/>; the caller must keep it alive before using it.</summary>
    public bool TryTake(long ttlSeconds, out long leaseId)
    {
        lock (_gate)
        {
            leaseId = 0;
            return _idle.TryGetValue(ttlSeconds, out var leases) && leases.TryPop(out leaseId);
        }
    }

    /// <summary>Keeps a lease that no key is attached to any more; <see langword="false"/> when the pool is full and the caller should revoke it.</summary>
    public bool TryReturn(long ttlSeconds, long leaseId)
    {
        lock (_gate)
        {
            if (!_idle.TryGetValue(ttlSeconds, out var leases))
            {
                leases = new Stack<long>();
                _idle[ttlSeconds] = leases;
            }

            if (leases.Count >= MaxIdlePerTtl)
            {
                return false;
            }

            leases.Push(leaseId);
            return true;
        }
    }
}
