namespace Nomadic.Locks;

/// <summary>
/// A held lock. Disposing it stops the renewals and releases the lock. Work protected by the lock should observe
/// <see cref="LostToken"/> and pass <see cref="FencingToken"/> to the resources it writes to.
/// </summary>
public interface IDistributedLockHandle : IAsyncDisposable, IDisposable
{
    /// <summary>The variable path of the lock.</summary>
    string Path { get; }

    /// <summary>
    /// A number strictly greater than the fencing token of every earlier acquisition of this lock, across releases
    /// and expiries. A resource that remembers the highest token it has seen and rejects lower ones can refuse a
    /// stale holder that has not noticed it lost the lock.
    /// </summary>
    ulong FencingToken { get; }

    /// <summary>
    /// Cancelled the moment the lease can no longer be trusted: the store rejected a renewal, the local deadline
    /// (TTL after the last successful renewal was sent) passed first, or the handle was disposed.
    /// </summary>
    CancellationToken LostToken { get; }
}
