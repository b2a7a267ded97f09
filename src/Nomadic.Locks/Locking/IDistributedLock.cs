namespace Nomadic.Locks;

/// <summary>
/// A distributed lock that several processes can contend for. Acquiring it returns a handle that keeps the lease
/// alive in the background until it is disposed.
/// </summary>
public interface IDistributedLock
{
    /// <summary>The variable path the lock lives at.</summary>
    string Path { get; }

    /// <summary>Tries to acquire the lock, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; zero (the default) tries once; <see cref="Timeout.InfiniteTimeSpan"/> waits until acquired.</param>
    /// <param name="cancellationToken">Abandons the attempt with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The handle, or <see langword="null"/> when the timeout passed first.</returns>
    ValueTask<IDistributedLockHandle?> TryAcquireAsync(TimeSpan timeout = default, CancellationToken cancellationToken = default);

    /// <summary>Acquires the lock, waiting at most <paramref name="timeout"/>.</summary>
    /// <param name="timeout">How long to wait; <see langword="null"/> (the default) waits until acquired.</param>
    /// <param name="cancellationToken">Abandons the attempt with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The handle.</returns>
    /// <exception cref="TimeoutException">The timeout passed before the lock could be acquired.</exception>
    ValueTask<IDistributedLockHandle> AcquireAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}
