using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Nomadic.Locks;

/// <summary>
/// A distributed lock backed by a variable's lock in any <see cref="IVariableStore"/>. Waiting acquirers sleep on
/// a watch of the variable (woken by a release or an expiry) and retry at least once per TTL or when the store says
/// the lock may be free.
/// </summary>
public sealed class VariableDistributedLock : IDistributedLock
{
    private readonly IVariableStore _store;
    private readonly VariableLockOptions _options;
    private readonly VariableLockRequest _request;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Creates a lock for the variable at <paramref name="path"/>.</summary>
    /// <param name="store">The store holding the variable.</param>
    /// <param name="path">The variable path.</param>
    /// <param name="options">Namespace, TTL, lock delay and items; Nomad's defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The local clock for renewals, deadlines and waits; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="logger">The logger; none when <see langword="null"/>.</param>
    /// <exception cref="InvalidVariableException">The path, namespace, TTL, delay or items break Nomad's rules.</exception>
    public VariableDistributedLock(
        IVariableStore store,
        string path,
        VariableLockOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new VariableLockOptions();
        VariableRules.ValidateNamespace(_options.Namespace);
        Path = VariableRules.NormalizePath(path);
        _request = new VariableLockRequest { Ttl = _options.Ttl, LockDelay = _options.LockDelay, Items = _options.Items };
        VariableRules.ValidateLockRequest(_request);
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public string Path { get; }

    /// <summary>The namespace of the lock's variable.</summary>
    public string Namespace => _options.Namespace;

    /// <inheritdoc />
    public async ValueTask<IDistributedLockHandle?> TryAcquireAsync(TimeSpan timeout = default, CancellationToken cancellationToken = default)
    {
        var infinite = timeout == Timeout.InfiniteTimeSpan;
        if (!infinite && timeout < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "The timeout must be zero or more, or Timeout.InfiniteTimeSpan.");
        }

        var started = _timeProvider.GetTimestamp();
        ulong seen = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sent = _timeProvider.GetTimestamp();
            var result = await _store.AcquireLockAsync(_options.Namespace, Path, _request, cancellationToken).ConfigureAwait(false);
            if (result.Acquired)
            {
                LockLog.Acquired(_logger, _options.Namespace, Path, result.FencingToken);
                return new VariableLockHandle(_store, result, _options.Ttl, sent, _timeProvider, _logger);
            }

            var remaining = infinite ? Timeout.InfiniteTimeSpan : timeout - _timeProvider.GetElapsedTime(started);
            if (!infinite && remaining <= TimeSpan.Zero)
            {
                return null;
            }

            var wait = result.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero && retryAfter < _options.Ttl ? retryAfter : _options.Ttl;
            if (!infinite && remaining < wait)
            {
                wait = remaining;
            }

            seen = Math.Max(seen, result.Variable?.ModifyIndex ?? 0);
            seen = await WaitForChangeAsync(seen, wait, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IDistributedLockHandle> AcquireAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var handle = await TryAcquireAsync(timeout ?? Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false);
        return handle ?? throw new TimeoutException($"The lock '{Path}' in namespace '{Namespace}' was not acquired within {timeout}.");
    }

    private async Task<ulong> WaitForChangeAsync(ulong seen, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var watch = _store.WatchAsync(_options.Namespace, Path, seen, waiting.Token).AsTask();
        var delay = Task.Delay(wait, _timeProvider, waiting.Token);
        var first = await Task.WhenAny(watch, delay).ConfigureAwait(false);
        if (first == watch && watch.IsFaulted)
        {
            LockLog.WatchFailed(_logger, watch.Exception!.GetBaseException(), _options.Namespace, Path);
            await delay.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        }

        await waiting.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return watch.IsCompletedSuccessfully ? Math.Max(seen, watch.Result) : seen;
    }
}
