namespace Nomadic.Locks;

/// <summary>
/// An <see cref="IVariableStore"/> in the memory of one process: for tests, single-instance applications and
/// several components of one process coordinating. Thread-safe; lock expiry runs on the injected
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
/// <remarks>
/// A timer frees expired locks (and wakes watchers) as soon as they expire; every operation also frees any lock
/// whose time has passed before it looks at the data, so a late timer never extends a lock.
/// The store remembers the last change index of every path it has seen, deleted ones included, so that a watch of
/// a prefix notices deletions.
/// </remarks>
public sealed class InMemoryVariableStore : IVariableStore, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<VariableKey, Variable> _variables = [];
    private readonly Dictionary<VariableKey, LockLease> _leases = [];
    private readonly Dictionary<VariableKey, DateTimeOffset> _lockDelays = [];
    private readonly Dictionary<VariableKey, ulong> _lastChanges = [];
    private readonly ITimer _expiryTimer;
    private TaskCompletionSource? _changed;
    private DateTimeOffset? _sweepDueAt;
    private ulong _index;

    /// <summary>Creates an empty store.</summary>
    /// <param name="timeProvider">The store's clock for times and lock expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public InMemoryVariableStore(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _expiryTimer = _timeProvider.CreateTimer(static state => ((InMemoryVariableStore)state!).Sweep(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        lock (_gate)
        {
            ExpireDue(_timeProvider.GetUtcNow());
            return ValueTask.FromResult(_variables.GetValueOrDefault(key));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        lock (_gate)
        {
            ExpireDue(_timeProvider.GetUtcNow());
            IReadOnlyList<VariableMetadata> list = [.. _variables
                .Where(pair => pair.Key.Matches(ns, trimmed))
                .OrderBy(pair => pair.Key.Namespace, StringComparer.Ordinal)
                .ThenBy(pair => pair.Key.Path, StringComparer.Ordinal)
                .Select(pair => pair.Value.ToMetadata())];
            return ValueTask.FromResult(list);
        }
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> PutAsync(
        string @namespace,
        string path,
        IReadOnlyDictionary<string, string> items,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        VariableRules.ValidateItems(items);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            ExpireDue(now);
            var existing = _variables.GetValueOrDefault(key);
            if (!CheckIndexMatches(existing, checkIndex) || IsLockedAgainst(existing, lockId))
            {
                return ValueTask.FromResult(VariableWriteResult.Conflict(existing));
            }

            if (existing is not null && VariableItems.AreEqual(existing.Items, items))
            {
                return ValueTask.FromResult(VariableWriteResult.Success(existing));
            }

            var index = NextIndex(key);
            var written = new Variable
            {
                Namespace = key.Namespace,
                Path = key.Path,
                Items = VariableItems.Freeze(items),
                CreateIndex = existing?.CreateIndex ?? index,
                CreateTime = existing?.CreateTime ?? now,
                ModifyIndex = index,
                ModifyTime = now,
                Lock = existing?.Lock,
            };
            _variables[key] = written;
            return ValueTask.FromResult(VariableWriteResult.Success(written));
        }
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> DeleteAsync(
        string @namespace,
        string path,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        lock (_gate)
        {
            ExpireDue(_timeProvider.GetUtcNow());
            var existing = _variables.GetValueOrDefault(key);
            if (!CheckIndexMatches(existing, checkIndex) || IsLockedAgainst(existing, lockId))
            {
                return ValueTask.FromResult(VariableWriteResult.Conflict(existing));
            }

            if (existing is not null)
            {
                _variables.Remove(key);
                if (_leases.Remove(key))
                {
                    ScheduleSweep();
                }

                NextIndex(key);
            }

            return ValueTask.FromResult(VariableWriteResult.Success(null));
        }
    }

    /// <inheritdoc />
    public async ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Task changed;
            lock (_gate)
            {
                ExpireDue(_timeProvider.GetUtcNow());
                ulong latest = 0;
                foreach (var (key, index) in _lastChanges)
                {
                    if (index > latest && key.Matches(ns, trimmed))
                    {
                        latest = index;
                    }
                }

                if (latest > afterIndex)
                {
                    return latest;
                }

                // Created only when someone waits, so that writes nobody watches allocate no signal.
                changed = (_changed ??= NewSignal()).Task;
            }

            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        VariableRules.ValidateLockRequest(request);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            ExpireDue(now);
            var existing = _variables.GetValueOrDefault(key);
            if (_lockDelays.Count > 0 && _lockDelays.TryGetValue(key, out var delayedUntil))
            {
                if (delayedUntil > now)
                {
                    return ValueTask.FromResult(LockAcquireResult.Conflict(existing, delayedUntil - now));
                }

                _lockDelays.Remove(key);
            }

            if (existing?.Lock is not null)
            {
                var lease = _leases[key];
                return ValueTask.FromResult(LockAcquireResult.Conflict(existing, lease.ExpiresAt - now));
            }

            var index = NextIndex(key);
            var variableLock = new VariableLock { Id = LockIds.NewId(), Ttl = request.Ttl, LockDelay = request.LockDelay };
            var locked = new Variable
            {
                Namespace = key.Namespace,
                Path = key.Path,
                Items = request.Items is null ? existing?.Items ?? VariableItems.Empty : VariableItems.Freeze(request.Items),
                CreateIndex = existing?.CreateIndex ?? index,
                CreateTime = existing?.CreateTime ?? now,
                ModifyIndex = index,
                ModifyTime = now,
                Lock = variableLock,
            };
            _variables[key] = locked;
            _leases[key] = new LockLease(variableLock.Id, now + request.Ttl);
            ScheduleSweepBy(now + request.Ttl, now);
            return ValueTask.FromResult(LockAcquireResult.Success(locked, index));
        }
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            ExpireDue(now);
            var existing = _variables.GetValueOrDefault(key);
            if (existing?.Lock is not { } held || held.Id != lockId)
            {
                return ValueTask.FromResult(VariableWriteResult.Conflict(existing));
            }

            _leases[key] = new LockLease(held.Id, now + held.Ttl);
            ScheduleSweepBy(now + held.Ttl, now);
            return ValueTask.FromResult(VariableWriteResult.Success(existing));
        }
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = Key(@namespace, path);
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            ExpireDue(now);
            var existing = _variables.GetValueOrDefault(key);
            if (existing?.Lock is not { } held || held.Id != lockId)
            {
                return ValueTask.FromResult(VariableWriteResult.Conflict(existing));
            }

            // The timer stays as it is: firing early for a released lock only makes the sweep reschedule it.
            _leases.Remove(key);
            var released = existing with { Lock = null, ModifyIndex = NextIndex(key), ModifyTime = now };
            _variables[key] = released;
            return ValueTask.FromResult(VariableWriteResult.Success(released));
        }
    }

    /// <summary>Stops the expiry timer.</summary>
    public void Dispose() => _expiryTimer.Dispose();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static VariableKey Key(string @namespace, string path) =>
        new(VariableRules.ValidateNamespace(@namespace), VariableRules.NormalizePath(path));

    private static bool CheckIndexMatches(Variable? existing, ulong? checkIndex) => checkIndex switch
    {
        null => true,
        0 => existing is null,
        _ => existing is not null && existing.ModifyIndex == checkIndex.Value,
    };

    private static bool IsLockedAgainst(Variable? existing, string? lockId) =>
        existing?.Lock is { } held && !string.Equals(held.Id, lockId, StringComparison.Ordinal);

    /// <summary>Takes the next store index for a change of <paramref name="key"/> and wakes the watchers. Caller holds the gate.</summary>
    private ulong NextIndex(VariableKey key)
    {
        var index = ++_index;
        _lastChanges[key] = index;
        var changed = _changed;
        _changed = null;
        changed?.TrySetResult();
        return index;
    }

    /// <summary>Frees every lock whose TTL has passed and starts its lock delay. Caller holds the gate.</summary>
    private void ExpireDue(DateTimeOffset now)
    {
        // No lease expires before the sweep is due (see ScheduleSweepBy), so most calls need not look at the leases.
        if (_sweepDueAt is not { } dueAt || now < dueAt)
        {
            return;
        }

        List<(VariableKey Key, LockLease Lease)>? due = null;
        foreach (var (key, lease) in _leases)
        {
            if (lease.ExpiresAt <= now)
            {
                (due ??= []).Add((key, lease));
            }
        }

        if (due is null)
        {
            // The lease the sweep was set for was released or renewed: aim it at the earliest one left.
            ScheduleSweep();
            return;
        }

        foreach (var (key, lease) in due)
        {
            _leases.Remove(key);
            var expired = _variables[key];
            _lockDelays[key] = lease.ExpiresAt + expired.Lock!.LockDelay;
            _variables[key] = expired with { Lock = null, ModifyIndex = NextIndex(key), ModifyTime = now };
        }

        ScheduleSweep();
    }

    /// <summary>Points the expiry timer at the earliest lease expiry. Caller holds the gate.</summary>
    private void ScheduleSweep()
    {
        if (_leases.Count == 0)
        {
            _sweepDueAt = null;
            _expiryTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        var earliest = DateTimeOffset.MaxValue;
        foreach (var lease in _leases.Values)
        {
            if (lease.ExpiresAt < earliest)
            {
                earliest = lease.ExpiresAt;
            }
        }

        SetSweep(earliest, _timeProvider.GetUtcNow());
    }

    /// <summary>
    /// Makes sure the sweep runs no later than <paramref name="expiresAt"/>, moving the timer only when that is earlier
    /// than it is set for. Keeps the invariant that no lease expires before <see cref="_sweepDueAt"/>. Caller holds the gate.
    /// </summary>
    private void ScheduleSweepBy(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        if (_sweepDueAt is not { } dueAt || expiresAt < dueAt)
        {
            SetSweep(expiresAt, now);
        }
    }

    private void SetSweep(DateTimeOffset dueAt, DateTimeOffset now)
    {
        _sweepDueAt = dueAt;
        var due = dueAt - now;
        _expiryTimer.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private void Sweep()
    {
        lock (_gate)
        {
            ExpireDue(_timeProvider.GetUtcNow());
            ScheduleSweep();
        }
    }
}
