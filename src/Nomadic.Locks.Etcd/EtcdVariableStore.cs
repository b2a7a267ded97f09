using dotnet_etcd;
using Etcdserverpb;
using Grpc.Core;
using Nomadic.Locks.Storage;

namespace Nomadic.Locks;

/// <summary>
/// An <see cref="IVariableStore"/> on an etcd cluster: the distributed store for applications that outgrow one machine.
/// Same semantics as <see cref="InMemoryVariableStore"/>, with etcd's revision as the index.
/// </summary>
/// <remarks>
/// <para>Each path has up to three keys under <see cref="EtcdVariableStoreOptions.KeyPrefix"/>:
/// <c>NAMESPACE/PATH#v</c> (the variable as JSON: items, times, the lock last taken), <c>#l</c> (the lock, attached
/// to an etcd lease whose TTL is the lock's) and <c>#d</c> (a running lock delay, attached to a lease as long as the
/// delay). Every write reads the three keys and commits in one transaction that compares their <c>mod_revision</c>s,
/// retrying when another writer got there first, so check-and-set, locks and delays are decided on one consistent
/// snapshot.</para>
/// <para>Indexes are etcd revisions: <see cref="Variable.ModifyIndex"/> is the variable key's <c>mod_revision</c>,
/// <see cref="Variable.CreateIndex"/> its <c>create_revision</c>, and the fencing token of an acquisition is the
/// revision the acquisition was written at, strictly increasing across the whole cluster.</para>
/// <para>Lock expiry runs on etcd's clock, not on the <see cref="TimeProvider"/> given here (which only stamps
/// <see cref="Variable.CreateTime"/> and <see cref="Variable.ModifyTime"/>): a lock is held while its lease lives;
/// renewals keep the lease alive; a release deletes the lock key and revokes the lease. When the lease expires etcd
/// deletes the lock key (a change watchers see); the next operation on the path records the expiry in the variable
/// (moving its index) and starts the lock delay as a lease of its own, so the delay starts at most one operation late
/// and is never shorter than asked. Lease TTLs are whole seconds, rounded up.</para>
/// <para>Thread-safe. Requests go to whichever member answers; an operation retries while no member answers and
/// then throws <see cref="EtcdUnavailableException"/> naming the endpoints.</para>
/// </remarks>
public sealed class EtcdVariableStore : IVariableStore, IAsyncDisposable, IDisposable
{
    private readonly EtcdClient _client;
    private readonly EtcdRpc _rpc;
    private readonly EtcdKeys _keys;
    private readonly TimeProvider _timeProvider;
    private readonly LeasePool _leases = new();
    private readonly PathStateCache _known;

    /// <summary>Connects to the cluster at <paramref name="endpoints"/> with the default options.</summary>
    /// <param name="endpoints">The members' client URLs, for example <c>http://127.0.0.1:2379</c>.</param>
    /// <param name="timeProvider">The clock that stamps variable times; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public EtcdVariableStore(IEnumerable<string> endpoints, TimeProvider? timeProvider = null)
        : this(WithEndpoints(endpoints), timeProvider)
    {
    }

    /// <summary>Connects to the cluster described by <paramref name="options"/>. No request is sent until the store is used.</summary>
    /// <param name="options">The endpoints, key prefix and timeouts.</param>
    /// <param name="timeProvider">The clock that stamps variable times; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists what to change.</exception>
    public EtcdVariableStore(EtcdVariableStoreOptions options, TimeProvider? timeProvider = null)
    {
        var failures = EtcdVariableStoreOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _client = new EtcdClient(string.Join(",", options.Endpoints));
        _rpc = new EtcdRpc(_client.GetConnection(), options);
        _keys = new EtcdKeys(options.KeyPrefix);
        _known = new PathStateCache(_keys);
    }

    /// <inheritdoc />
    public async ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        return (await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false)).ToVariable();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        var under = _keys.Under(ns, trimmed);
        var response = await _rpc.RangeAsync(new RangeRequest { Key = under, RangeEnd = EtcdKeys.RangeEnd(under) }, cancellationToken).ConfigureAwait(false);
        var paths = new SortedDictionary<(string Namespace, string Path), (Mvccpb.KeyValue? Variable, Mvccpb.KeyValue? Lock, Mvccpb.KeyValue? Delay)>();
        foreach (var kv in response.Kvs)
        {
            if (!_keys.TryParse(kv.Key, out var keyNs, out var keyPath, out var kind) || !keyPath.StartsWith(trimmed, StringComparison.Ordinal))
            {
                continue;
            }

            paths.TryGetValue((keyNs, keyPath), out var entry);
            paths[(keyNs, keyPath)] = kind switch
            {
                EtcdKeys.VariableKind => entry with { Variable = kv },
                EtcdKeys.LockKind => entry with { Lock = kv },
                EtcdKeys.DelayKind => entry with { Delay = kv },
                _ => entry,
            };
        }

        return
        [
            .. paths
                .Select(static pair => new PathState(pair.Key.Namespace, pair.Key.Path, pair.Value.Variable, pair.Value.Lock, pair.Value.Delay).ToVariable())
                .OfType<Variable>()
                .Select(static variable => variable.ToMetadata()),
        ];
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> PutAsync(
        string @namespace,
        string path,
        IReadOnlyDictionary<string, string> items,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateItems(items);
        while (true)
        {
            var state = await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            var existing = state.ToVariable();
            if (!CheckIndexMatches(existing, checkIndex) || state.IsLockedAgainst(lockId))
            {
                return VariableWriteResult.Conflict(existing);
            }

            if (existing is not null && state.ExpiredLock is null && state.Value!.SameItems(items))
            {
                return VariableWriteResult.Success(existing);
            }

            var now = _timeProvider.GetUtcNow().UtcTicks;
            var value = new StoredValue
            {
                Items = new SortedDictionary<string, string>(items.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
                CreateTimeTicks = state.Value?.CreateTimeTicks ?? now,
                ModifyTimeTicks = now,
                Lock = state.HeldLock,
            };
            var write = new PathWrite(_keys, state).Put(_keys.Variable(ns, normalized), value.ToByteString());
            var revision = await CommitAsync(state, write, cancellationToken).ConfigureAwait(false);
            if (revision > 0)
            {
                return VariableWriteResult.Success(state.ToVariable(value, existing?.CreateIndex ?? revision, revision, state.HeldLock));
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> DeleteAsync(
        string @namespace,
        string path,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        while (true)
        {
            var state = await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            var existing = state.ToVariable();
            if (!CheckIndexMatches(existing, checkIndex) || state.IsLockedAgainst(lockId))
            {
                return VariableWriteResult.Conflict(existing);
            }

            if (existing is null)
            {
                return VariableWriteResult.Success(null);
            }

            var write = new PathWrite(_keys, state).Delete(_keys.Variable(ns, normalized)).Delete(_keys.Lock(ns, normalized));
            if (await CommitAsync(state, write, cancellationToken).ConfigureAwait(false) > 0)
            {
                if (state.HeldLock is { } held)
                {
                    await RevokeQuietlyAsync(held.LeaseId).ConfigureAwait(false);
                }

                return VariableWriteResult.Success(null);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        return new ValueTask<ulong>(new EtcdWatch(_rpc, _keys, ns, trimmed).WaitAsync(afterIndex, cancellationToken));
    }

    /// <inheritdoc />
    public async ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateLockRequest(request);
        var lockId = LockIds.NewId();
        var known = _known.Take(ns, normalized) is { HeldLock: null, ExpiredLock: null, DelayKey: null } free ? free : null;
        while (true)
        {
            // Only a state that leads straight to the transaction is taken from memory; its compares check it.
            var state = known ?? await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            known = null;
            if (state.HeldLock is { } held)
            {
                // A transaction retried after its answer was lost may have taken the lock already.
                return string.Equals(held.Id, lockId, StringComparison.Ordinal)
                    ? LockAcquireResult.Success(state.ToVariable()!, (ulong)state.VariableKey!.ModRevision)
                    : LockAcquireResult.Conflict(state.ToVariable(), await RemainingAsync(held.LeaseId, cancellationToken).ConfigureAwait(false));
            }

            if (state.DelayKey is { } delay)
            {
                return LockAcquireResult.Conflict(state.ToVariable(), await RemainingAsync(delay.Lease, cancellationToken).ConfigureAwait(false));
            }

            if (state.ExpiredLock is { DelayTicks: > 0 } expired)
            {
                // The lease ran out: record the expiry and start the delay, then report it.
                await CommitAsync(state, new PathWrite(_keys, state), cancellationToken).ConfigureAwait(false);
                continue;
            }

            var lease = await LeaseForAsync(request.Ttl, cancellationToken).ConfigureAwait(false);
            var leaseId = lease.Id;
            var now = _timeProvider.GetUtcNow().UtcTicks;
            var stored = new StoredLock { Id = lockId, LeaseId = leaseId, TtlTicks = request.Ttl.Ticks, DelayTicks = request.LockDelay.Ticks };
            var value = new StoredValue
            {
                Items = request.Items is null
                    ? state.Value?.Items ?? new SortedDictionary<string, string>(StringComparer.Ordinal)
                    : new SortedDictionary<string, string>(request.Items.ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
                CreateTimeTicks = state.Value?.CreateTimeTicks ?? now,
                ModifyTimeTicks = now,
                Lock = stored,
            };
            var valueBytes = value.ToByteString();
            var write = new PathWrite(_keys, state)
                .Put(_keys.Lock(ns, normalized), Google.Protobuf.ByteString.CopyFromUtf8(lockId), leaseId)
                .Put(_keys.Variable(ns, normalized), valueBytes);
            TxnResponse response;
            try
            {
                response = await _rpc.TxnAsync(write.Request, cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound && lease.Refresh is not null)
            {
                // The idle lease ran out in the pool: etcd refused to attach the lock to it. Take another.
                ObserveFailure(lease.Refresh);
                continue;
            }
            catch when (lease.Refresh is not null)
            {
                ObserveFailure(lease.Refresh);
                throw;
            }

            if (lease.Refresh is not null && await lease.Refresh.ConfigureAwait(false) <= 0)
            {
                // The idle lease ran out between the transaction and its keep-alive, so a lock written on it is
                // already gone: the next read sees it as any expired lock (its delay applies, nobody was told it held).
                continue;
            }

            if (response.Succeeded)
            {
                var revision = (ulong)response.Header.Revision;
                var createIndex = state.VariableKey is null ? revision : (ulong)state.VariableKey.CreateRevision;
                _known.Remember(state, valueBytes, (long)createIndex, (long)revision, lockId, leaseId);
                return LockAcquireResult.Success(state.ToVariable(value, createIndex, revision, stored), revision);
            }

            var after = await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            if (after.HeldLock?.Id != lockId)
            {
                await PoolOrRevokeAsync(request.Ttl, leaseId).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        var state = await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
        if (state.HeldLock is not { } held || !string.Equals(held.Id, lockId, StringComparison.Ordinal))
        {
            return VariableWriteResult.Conflict(state.ToVariable());
        }

        var ttl = await _rpc.KeepAliveOnceAsync(held.LeaseId, cancellationToken).ConfigureAwait(false);
        return ttl > 0 ? VariableWriteResult.Success(state.ToVariable()) : VariableWriteResult.Conflict(state.ToVariable());
    }

    /// <inheritdoc />
    public async ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        var known = _known.Take(ns, normalized) is { } remembered && string.Equals(remembered.HeldLock?.Id, lockId, StringComparison.Ordinal) ? remembered : null;
        while (true)
        {
            // Only a state that leads straight to the transaction is taken from memory; its compares check it.
            var state = known ?? await ReadAsync(ns, normalized, cancellationToken).ConfigureAwait(false);
            known = null;
            if (state.HeldLock is not { } held || !string.Equals(held.Id, lockId, StringComparison.Ordinal))
            {
                return VariableWriteResult.Conflict(state.ToVariable());
            }

            var value = state.Value! with { Lock = null, ModifyTimeTicks = _timeProvider.GetUtcNow().UtcTicks };
            var valueBytes = value.ToByteString();
            var write = new PathWrite(_keys, state)
                .Delete(_keys.Lock(ns, normalized))
                .Put(_keys.Variable(ns, normalized), valueBytes);
            var response = await _rpc.TxnAsync(write.Request, cancellationToken).ConfigureAwait(false);
            if (response.Succeeded)
            {
                _known.Remember(state, valueBytes, state.VariableKey!.CreateRevision, response.Header.Revision, null, 0);
                await PoolOrRevokeAsync(TimeSpan.FromTicks(held.TtlTicks), held.LeaseId).ConfigureAwait(false);
                return VariableWriteResult.Success(state.ToVariable(value, (ulong)state.VariableKey!.CreateRevision, (ulong)response.Header.Revision, null));
            }
        }
    }

    /// <summary>Closes the connections to the cluster. Locks still held stay held until their leases expire.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the connections to the cluster. Locks still held stay held until their leases expire.</summary>
    public void Dispose() => _client.Dispose();

    private static EtcdVariableStoreOptions WithEndpoints(IEnumerable<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new EtcdVariableStoreOptions();
        foreach (var endpoint in endpoints)
        {
            options.Endpoints.Add(endpoint);
        }

        return options;
    }

    private static (string Namespace, string Path) Key(string @namespace, string path) =>
        (VariableRules.ValidateNamespace(@namespace), VariableRules.NormalizePath(path));

    private static bool CheckIndexMatches(Variable? existing, ulong? checkIndex) => checkIndex switch
    {
        null => true,
        0 => existing is null,
        _ => existing is not null && existing.ModifyIndex == checkIndex.Value,
    };

    private async Task<PathState> ReadAsync(string ns, string path, CancellationToken cancellationToken)
    {
        var prefix = _keys.OfPath(ns, path);
        var response = await _rpc.RangeAsync(new RangeRequest { Key = prefix, RangeEnd = EtcdKeys.RangeEnd(prefix) }, cancellationToken).ConfigureAwait(false);
        Mvccpb.KeyValue? variable = null, held = null, delay = null;
        foreach (var kv in response.Kvs)
        {
            if (_keys.TryParse(kv.Key, out _, out var keyPath, out var kind) && keyPath == path)
            {
                switch (kind)
                {
                    case EtcdKeys.VariableKind: variable = kv; break;
                    case EtcdKeys.LockKind: held = kv; break;
                    case EtcdKeys.DelayKind: delay = kv; break;
                }
            }
        }

        return new PathState(ns, path, variable, held, delay);
    }

    /// <summary>
    /// Commits <paramref name="write"/>; when the state records an expired lock, the same transaction clears it from
    /// the variable and starts its lock delay. Returns the revision written at, or 0 when a compare failed.
    /// </summary>
    private async Task<ulong> CommitAsync(PathState state, PathWrite write, CancellationToken cancellationToken)
    {
        long delayLease = 0;
        if (state.ExpiredLock is { } expired)
        {
            var value = state.Value! with { Lock = null, ModifyTimeTicks = _timeProvider.GetUtcNow().UtcTicks };
            if (!write.Request.Success.Any(op => op.RequestPut?.Key == _keys.Variable(state.Namespace, state.Path) || op.RequestDeleteRange?.Key == _keys.Variable(state.Namespace, state.Path)))
            {
                write.Put(_keys.Variable(state.Namespace, state.Path), value.ToByteString());
            }

            if (expired.DelayTicks > 0)
            {
                delayLease = (await _rpc.GrantAsync(TimeSpan.FromTicks(expired.DelayTicks), cancellationToken).ConfigureAwait(false)).ID;
                write.Put(_keys.Delay(state.Namespace, state.Path), Google.Protobuf.ByteString.CopyFromUtf8(expired.Id), delayLease);
            }
        }

        var response = await _rpc.TxnAsync(write.Request, cancellationToken).ConfigureAwait(false);
        if (!response.Succeeded && delayLease != 0)
        {
            await RevokeQuietlyAsync(delayLease).ConfigureAwait(false);
        }

        return response.Succeeded ? (ulong)response.Header.Revision : 0;
    }

    /// <summary>
    /// A lease of <paramref name="ttl"/> for a new lock: an idle one, whose keep-alive is sent now and runs alongside the
    /// transaction that attaches the lock (saving a round trip), or a new grant.
    /// </summary>
    /// <remarks>
    /// The keep-alive restarts the lease's full TTL, and the holder counts its deadline from before the acquisition was
    /// sent, so the lease never runs out before the holder's deadline. The acquisition counts only once the keep-alive
    /// answered with a TTL: a lease that ran out is either refused by the transaction or takes the lock with it.
    /// </remarks>
    private async Task<LeaseChoice> LeaseForAsync(TimeSpan ttl, CancellationToken cancellationToken)
    {
        if (_leases.TryTake(EtcdRpc.LeaseSeconds(ttl), out var idle))
        {
            return new LeaseChoice(idle, _rpc.KeepAliveOnceAsync(idle, cancellationToken));
        }

        return new LeaseChoice((await _rpc.GrantAsync(ttl, cancellationToken).ConfigureAwait(false)).ID, Refresh: null);
    }

    /// <summary>Marks a keep-alive whose lease is not used as observed, so its failure is not an unobserved task exception.</summary>
    private static void ObserveFailure(Task<long> refresh) =>
        _ = refresh.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>Keeps a lease nothing is attached to any more for the next lock, or revokes it when enough are kept.</summary>
    private async Task PoolOrRevokeAsync(TimeSpan ttl, long leaseId)
    {
        if (!_leases.TryReturn(EtcdRpc.LeaseSeconds(ttl), leaseId))
        {
            await RevokeQuietlyAsync(leaseId).ConfigureAwait(false);
        }
    }

    private async Task<TimeSpan?> RemainingAsync(long leaseId, CancellationToken cancellationToken)
    {
        var response = await _rpc.TimeToLiveAsync(leaseId, cancellationToken).ConfigureAwait(false);
        return response.TTL > 0 ? TimeSpan.FromSeconds(response.TTL) : TimeSpan.Zero;
    }

    /// <summary>Revokes a lease that guards nothing any more; when that fails the lease simply runs out.</summary>
    private async Task RevokeQuietlyAsync(long leaseId)
    {
        try
        {
            await _rpc.RevokeAsync(leaseId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RpcException or EtcdUnavailableException)
        {
            // The lease expires on its own after its TTL; nothing is attached to it that anyone relies on.
        }
    }
}
