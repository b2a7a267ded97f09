using Microsoft.Data.Sqlite;
using Nomadic.Locks.Storage;

namespace Nomadic.Locks;

/// <summary>
/// An <see cref="IVariableStore"/> in one SQLite file: durable across restarts and safe for several processes (and
/// several store instances) on one machine sharing the file. Same semantics as <see cref="InMemoryVariableStore"/>.
/// </summary>
/// <remarks>
/// <para>The file is in WAL mode; every write is one <c>BEGIN IMMEDIATE</c> transaction, so writers of all processes
/// are serialized by SQLite's file lock (waiting up to <see cref="SqliteVariableStoreOptions.BusyTimeout"/>) while
/// readers never block. One row holds the store-wide index: every change takes its next value inside the writing
/// transaction, which makes indexes, and fencing tokens, strictly increasing across all processes and restarts.</para>
/// <para>Lock expiry is enforced on this store's <see cref="TimeProvider"/> whenever the store is used: every write
/// first frees the locks whose TTL has passed (each expiry a change with its own index), and every read does the same
/// when an expired lock exists. Processes sharing a file should share a clock, which on one machine they do.</para>
/// <para>Watches poll: a watcher reads the matching paths' last change index every
/// <see cref="SqliteVariableStoreOptions.PollInterval"/> (50 ms by default), which is also when it notices expiries
/// and other processes' writes; writes through this instance wake its watchers at once. SQLite has no cross-process
/// notification, so polling trades a small read per watcher per interval for hand-over latency.</para>
/// <para>Thread-safe. The store keeps one connection, used by one operation at a time.</para>
/// </remarks>
public sealed class SqliteVariableStore : IVariableStore, IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _pollInterval;
    private readonly SqliteConnection _connection;
    private readonly StatementCache _statements;
    private readonly VariableTables _tables;
    private TaskCompletionSource? _changed;
    private bool _disposed;

    /// <summary>Opens (creating when missing) the store in the file at <paramref name="path"/>, with the default options.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="timeProvider">The store's clock for times and lock expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    public SqliteVariableStore(string path, TimeProvider? timeProvider = null)
        : this(new SqliteVariableStoreOptions { Path = path }, timeProvider)
    {
    }

    /// <summary>Opens (creating when missing) the store described by <paramref name="options"/>.</summary>
    /// <param name="options">The file and timings.</param>
    /// <param name="timeProvider">The store's clock for times and lock expiry; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists what to change.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or is not a SQLite database.</exception>
    public SqliteVariableStore(SqliteVariableStoreOptions options, TimeProvider? timeProvider = null)
    {
        var failures = SqliteVariableStoreOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", failures), nameof(options));
        }

        _timeProvider = timeProvider ?? TimeProvider.System;
        _pollInterval = options.PollInterval;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _connection = new SqliteConnection(connectionString);
        try
        {
            _connection.Open();
            SqliteSchema.Initialize(_connection, options, _timeProvider.GetUtcNow().UtcTicks);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }

        _statements = new StatementCache(_connection);
        _tables = new VariableTables(_statements);
    }

    /// <inheritdoc />
    public ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        return ReadAsync(() => _tables.Find(ns, normalized)?.ToVariable(), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        return ReadAsync<IReadOnlyList<VariableMetadata>>(() => [.. _tables.List(ns, trimmed).Select(static row => row.ToMetadata())], cancellationToken);
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
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateItems(items);
        var json = ItemsJson.Write(items);
        return WriteAsync(now =>
        {
            var row = _tables.FindRow(ns, normalized);
            var existing = StoredVariable.Live(row);
            if (!CheckIndexMatches(existing, checkIndex) || IsLockedAgainst(existing, lockId))
            {
                return VariableWriteResult.Conflict(existing?.ToVariable());
            }

            if (existing is not null && string.Equals(existing.ItemsJson, json, StringComparison.Ordinal))
            {
                return VariableWriteResult.Success(existing.ToVariable());
            }

            var index = _tables.NextIndex();
            var written = existing is null
                ? new StoredVariable(ns, normalized, json, index, now, index, now, null, 0, 0, 0, row?.LockDelayUntil)
                : existing with { ItemsJson = json, ModifyIndex = index, ModifyTime = now };
            _tables.Upsert(written);
            return VariableWriteResult.Success(written.ToVariable());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> DeleteAsync(
        string @namespace,
        string path,
        ulong? checkIndex = null,
        string? lockId = null,
        CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        return WriteAsync(now =>
        {
            var existing = _tables.Find(ns, normalized);
            if (!CheckIndexMatches(existing, checkIndex) || IsLockedAgainst(existing, lockId))
            {
                return VariableWriteResult.Conflict(existing?.ToVariable());
            }

            if (existing is not null)
            {
                _tables.Delete(existing, now);
            }

            return VariableWriteResult.Success(null);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default)
    {
        var ns = VariableRules.ValidateNamespace(@namespace, allowWildcard: true);
        var trimmed = (prefix ?? "").TrimStart('/');
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var changed = WaitSignal();
            var latest = (ulong)await ReadAsync(() => _tables.LatestChange(ns, trimmed), cancellationToken).ConfigureAwait(false);
            if (latest > afterIndex)
            {
                return latest;
            }

            // The poll interval is a latency on the real clock, not part of the semantics (see the remarks).
            await Task.WhenAny(changed, Task.Delay(_pollInterval, TimeProvider.System, cancellationToken)).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        VariableRules.ValidateLockRequest(request);
        var requestedItems = request.Items is null ? null : ItemsJson.Write(request.Items);
        return WriteAsync(now =>
        {
            var row = _tables.FindRow(ns, normalized);
            var existing = StoredVariable.Live(row);
            if (row?.LockDelayUntil is { } delayedUntil && delayedUntil > now)
            {
                return LockAcquireResult.Conflict(existing?.ToVariable(), TimeSpan.FromTicks(delayedUntil - now));
            }

            if (existing?.LockId is not null)
            {
                return LockAcquireResult.Conflict(existing.ToVariable(), TimeSpan.FromTicks(existing.LockExpires - now));
            }

            var index = _tables.NextIndex(lockExpires: now + request.Ttl.Ticks);
            var locked = new StoredVariable(
                ns,
                normalized,
                requestedItems ?? existing?.ItemsJson ?? ItemsJson.Empty,
                existing?.CreateIndex ?? index,
                existing?.CreateTime ?? now,
                index,
                now,
                LockIds.NewId(),
                request.Ttl.Ticks,
                request.LockDelay.Ticks,
                now + request.Ttl.Ticks,
                LockDelayUntil: null);
            _tables.Upsert(locked);
            return LockAcquireResult.Success(locked.ToVariable(), (ulong)index);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        return WriteAsync(now =>
        {
            var existing = _tables.Find(ns, normalized);
            if (existing?.LockId is null || !string.Equals(existing.LockId, lockId, StringComparison.Ordinal))
            {
                return VariableWriteResult.Conflict(existing?.ToVariable());
            }

            var renewed = existing with { LockExpires = now + existing.LockTtl };
            _tables.Upsert(renewed);
            return VariableWriteResult.Success(renewed.ToVariable());
        }, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default)
    {
        var (ns, normalized) = Key(@namespace, path);
        return WriteAsync(now =>
        {
            var existing = _tables.Find(ns, normalized);
            if (existing?.LockId is null || !string.Equals(existing.LockId, lockId, StringComparison.Ordinal))
            {
                return VariableWriteResult.Conflict(existing?.ToVariable());
            }

            var released = existing with { LockId = null, ModifyIndex = _tables.NextIndex(), ModifyTime = now };
            _tables.Upsert(released);
            return VariableWriteResult.Success(released.ToVariable());
        }, cancellationToken);
    }

    /// <summary>Closes the connection once the operation in progress, if any, has finished. Later calls throw <see cref="ObjectDisposedException"/>.</summary>
    /// <returns>A task that completes when the connection is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        CloseHoldingGate();
    }

    /// <summary>Closes the connection once the operation in progress, if any, has finished. Later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _gate.Wait();
        CloseHoldingGate();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static (string Namespace, string Path) Key(string @namespace, string path) =>
        (VariableRules.ValidateNamespace(@namespace), VariableRules.NormalizePath(path));

    private static bool CheckIndexMatches(StoredVariable? existing, ulong? checkIndex) => checkIndex switch
    {
        null => true,
        0 => existing is null,
        _ => existing is not null && (ulong)existing.ModifyIndex == checkIndex.Value,
    };

    private static bool IsLockedAgainst(StoredVariable? existing, string? lockId) =>
        existing?.LockId is { } held && !string.Equals(held, lockId, StringComparison.Ordinal);

    private void CloseHoldingGate()
    {
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _statements.Dispose();
            _connection.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE</c> transaction after freeing expired locks; wakes watchers when an index was taken.</summary>
    private async ValueTask<T> WriteAsync<T>(Func<long, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        T result;
        bool changed;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var indexesBefore = _tables.IndexesTaken;
            InTransaction(() =>
            {
                var now = _timeProvider.GetUtcNow().UtcTicks;
                _tables.ExpireDue(now);
                return work(now);
            }, out result);
            changed = _tables.IndexesTaken != indexesBefore;
        }
        finally
        {
            _gate.Release();
        }

        if (changed)
        {
            Signal();
        }

        return result;
    }

    /// <summary>Runs <paramref name="read"/>, first freeing expired locks in a write transaction when there are any.</summary>
    private async ValueTask<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        T result;
        var expired = false;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var now = _timeProvider.GetUtcNow().UtcTicks;
            if (_tables.AnyLockDue(now))
            {
                InTransaction(() => _tables.ExpireDue(now), out expired);
            }

            result = read();
        }
        finally
        {
            _gate.Release();
        }

        if (expired)
        {
            Signal();
        }

        return result;
    }

    private void InTransaction<T>(Func<T> work, out T result)
    {
        _statements.Execute("BEGIN IMMEDIATE;");
        try
        {
            result = work();
            _statements.Execute("COMMIT;");
        }
        catch
        {
            RollBack();
            throw;
        }
    }

    private void RollBack()
    {
        try
        {
            _statements.Execute("ROLLBACK;");
        }
        catch (SqliteException)
        {
            // SQLite already rolled the transaction back (it does on some errors); the original exception is what matters.
        }
    }

    /// <summary>Completes the current signal, if anyone waits on one; writes nobody watches allocate none.</summary>
    private void Signal() => Interlocked.Exchange(ref _changed, null)?.TrySetResult();

    private Task WaitSignal()
    {
        var current = Volatile.Read(ref _changed);
        if (current is null)
        {
            var created = NewSignal();
            current = Interlocked.CompareExchange(ref _changed, created, null) ?? created;
        }

        return current.Task;
    }
}
