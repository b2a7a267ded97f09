using Microsoft.Extensions.Logging;

namespace Nomadic.Locks;

/// <summary>
/// A held variable lock: renews it every 0.7 × TTL on the injected <see cref="TimeProvider"/>, keeps a local
/// deadline, and cancels <see cref="LostToken"/> the moment the lease can no longer be trusted.
/// </summary>
/// <remarks>
/// The local deadline is TTL after the moment the last successful renewal (or the acquisition) was <em>sent</em>,
/// so it never lies after the store's own expiry when both clocks run at the same rate; the lock delay adds a
/// margin for clocks that do not. A renewal that throws (a store outage) is retried every TTL / 10 until the
/// deadline; a renewal the store rejects loses the lock at once.
/// </remarks>
public sealed class VariableLockHandle : IDistributedLockHandle
{
    /// <summary>The fraction of the TTL after which a renewal is sent: 0.7, like Nomad's lock leaser.</summary>
    public const double RenewalFraction = 0.7;

    private readonly Lock _gate = new();
    private readonly IVariableStore _store;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly TimeSpan _ttl;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ITimer _deadlineTimer;
    private readonly Task _renewals;
    private long _deadlineTimestamp;
    private DateTimeOffset _validUntil;
    private bool _isLost;
    private int _disposed;

    internal VariableLockHandle(
        IVariableStore store,
        LockAcquireResult acquired,
        TimeSpan ttl,
        long sentTimestamp,
        TimeProvider timeProvider,
        ILogger logger)
    {
        _store = store;
        _timeProvider = timeProvider;
        _logger = logger;
        _ttl = ttl;
        var variable = acquired.Variable!;
        Namespace = variable.Namespace;
        Path = variable.Path;
        LockId = acquired.LockId!;
        FencingToken = acquired.FencingToken;
        LostToken = _lost.Token;
        _deadlineTimer = timeProvider.CreateTimer(static state => ((VariableLockHandle)state!).OnDeadline(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        SetDeadline(sentTimestamp);
        _renewals = RenewLoopAsync();
    }

    /// <summary>The namespace of the lock's variable.</summary>
    public string Namespace { get; }

    /// <inheritdoc />
    public string Path { get; }

    /// <summary>The lock ID the store issued; renewals and the release quote it.</summary>
    public string LockId { get; }

    /// <inheritdoc />
    public ulong FencingToken { get; }

    /// <inheritdoc />
    public CancellationToken LostToken { get; }

    /// <summary>The local deadline, on the injected clock: past it without a successful renewal, the lock counts as lost.</summary>
    public DateTimeOffset ValidUntil
    {
        get
        {
            lock (_gate)
            {
                return _validUntil;
            }
        }
    }

    /// <summary>Stops renewing, cancels <see cref="LostToken"/>, then releases the lock (best effort: on failure the store frees it after its TTL).</summary>
    /// <returns>A task that completes when the release has been attempted.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewals.ConfigureAwait(false);
        _deadlineTimer.Dispose();
        MarkLost(reason: null);
        try
        {
            await _store.ReleaseLockAsync(Namespace, Path, LockId, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a failed release is logged: the store frees the lock when its TTL passes
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LockLog.ReleaseFailed(_logger, exception, Namespace, Path);
        }

        _stop.Dispose();
    }

    /// <summary>Disposes synchronously; prefer <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    // Runs synchronously up to its first delay, so the first renewal is scheduled before the constructor returns.
    private async Task RenewLoopAsync()
    {
        var interval = _ttl * RenewalFraction;
        var retry = _ttl / 10;
        var wait = interval;
        while (!_stop.IsCancellationRequested && !LostToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, _timeProvider, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var sent = _timeProvider.GetTimestamp();
            VariableWriteResult result;
            try
            {
                result = await _store.RenewLockAsync(Namespace, Path, LockId, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // any store failure is retried until the local deadline cancels the lease
            catch (Exception exception)
#pragma warning restore CA1031
            {
                LockLog.RenewalFailed(_logger, exception, Namespace, Path);
                wait = retry;
                continue;
            }

            if (!result.Succeeded)
            {
                MarkLost("the store rejected the renewal (the lock expired or was taken)");
                return;
            }

            SetDeadline(sent);
            wait = interval;
        }
    }

    private void SetDeadline(long sentTimestamp)
    {
        var deadline = sentTimestamp + (long)(_ttl.TotalSeconds * _timeProvider.TimestampFrequency);
        var now = _timeProvider.GetTimestamp();
        var remaining = Remaining(now, deadline);
        lock (_gate)
        {
            if (_isLost)
            {
                return;
            }

            _deadlineTimestamp = deadline;
            _validUntil = _timeProvider.GetUtcNow() + remaining;
            if (remaining > TimeSpan.Zero)
            {
                _deadlineTimer.Change(remaining, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        MarkLost("the local deadline passed before the lock was confirmed");
    }

    private void OnDeadline()
    {
        lock (_gate)
        {
            if (_isLost)
            {
                return;
            }

            // Timers run on a coarser clock than timestamps and can fire a few milliseconds early: arm again for the rest,
            // or the lease would never be declared lost while renewals keep failing.
            var remaining = Remaining(_timeProvider.GetTimestamp(), _deadlineTimestamp);
            if (remaining > TimeSpan.Zero)
            {
                _deadlineTimer.Change(remaining, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        MarkLost("the local deadline passed without a successful renewal");
    }

    private TimeSpan Remaining(long now, long deadline) =>
        TimeSpan.FromSeconds((double)(deadline - now) / _timeProvider.TimestampFrequency);

    private void MarkLost(string? reason)
    {
        lock (_gate)
        {
            if (_isLost)
            {
                return;
            }

            _isLost = true;
        }

        if (reason is not null)
        {
            LockLog.Lost(_logger, Namespace, Path, FencingToken, reason);
        }

        _lost.Cancel();
    }
}
