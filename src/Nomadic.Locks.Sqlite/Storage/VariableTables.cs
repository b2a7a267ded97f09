namespace Nomadic.Locks.Storage;

/// <summary>
/// The statements of the store over its table (see <see cref="SqliteSchema"/>). Callers hold the store's gate and,
/// for every method that writes, an open <c>BEGIN IMMEDIATE</c> transaction.
/// </summary>
internal sealed class VariableTables(StatementCache statements)
{
    /// <summary>Tombstones older than this (whose lock delay has passed) may be pruned.</summary>
    public static readonly TimeSpan TombstoneRetention = TimeSpan.FromHours(1);

    /// <summary>A pruning pass runs after this many deletions through one store instance.</summary>
    public const int DeletionsPerPrune = 128;

    private const string Variables = "namespace <> ''";

    private const string SelectRow =
        $"SELECT {StoredVariable.Columns} FROM variables WHERE namespace = $ns AND path = $path;";

    private const string UpsertRow = """
        INSERT INTO variables (namespace, path, items, create_index, create_time, modify_index, modify_time, lock_id, lock_ttl, lock_delay, lock_expires, lock_delay_until)
        VALUES ($ns, $path, $items, $createIndex, $createTime, $modifyIndex, $modifyTime, $lockId, $lockTtl, $lockDelay, $lockExpires, $lockDelayUntil)
        ON CONFLICT (namespace, path) DO UPDATE SET
            items = excluded.items, create_index = excluded.create_index, create_time = excluded.create_time,
            modify_index = excluded.modify_index, modify_time = excluded.modify_time, lock_id = excluded.lock_id,
            lock_ttl = excluded.lock_ttl, lock_delay = excluded.lock_delay, lock_expires = excluded.lock_expires,
            lock_delay_until = excluded.lock_delay_until;
        """;

    private const string MatchesPrefix = $"{Variables} AND ($ns = '*' OR namespace = $ns) AND substr(path, 1, length($prefix)) = $prefix";

    private int _deletions;

    /// <summary>How many indexes this instance has taken: a change tells the store to wake its watchers.</summary>
    public long IndexesTaken { get; private set; }

    /// <summary>Whether a lock's TTL may have passed at <paramref name="now"/>: one read of the store row.</summary>
    public bool AnyLockDue(long now) =>
        statements.ScalarInt64($"SELECT COALESCE(next_lock_expiry <= $now, 0) FROM variables WHERE {SqliteSchema.StoreRow};", ("$now", now)) != 0;

    /// <summary>
    /// Frees every lock whose TTL has passed and starts its lock delay, each expiry taking an index. The store row
    /// keeps a lower bound of the earliest expiry (releases and renewals leave it low), so the scan of the locks runs
    /// only when that bound has passed, and then tightens it.
    /// </summary>
    /// <returns>Whether any lock expired.</returns>
    public bool ExpireDue(long now)
    {
        if (!AnyLockDue(now))
        {
            return false;
        }

        List<StoredVariable>? due = null;
        using (var reader = statements.Get(
            $"SELECT {StoredVariable.Columns} FROM variables WHERE lock_id IS NOT NULL AND lock_expires <= $now;", ("$now", now)).ExecuteReader())
        {
            while (reader.Read())
            {
                (due ??= []).Add(StoredVariable.Read(reader));
            }
        }

        foreach (var expired in due ?? [])
        {
            Upsert(expired with
            {
                LockId = null,
                ModifyIndex = NextIndex(),
                ModifyTime = now,
                LockDelayUntil = expired.LockExpires + expired.LockDelay,
            });
        }

        statements.Execute(
            $"UPDATE variables SET next_lock_expiry = (SELECT MIN(lock_expires) FROM variables WHERE lock_id IS NOT NULL) WHERE {SqliteSchema.StoreRow};");
        return due is not null;
    }

    /// <summary>The path's row, tombstones included (they carry the lock delay).</summary>
    public StoredVariable? FindRow(string @namespace, string path)
    {
        using var reader = statements.Get(SelectRow, ("$ns", @namespace), ("$path", path)).ExecuteReader();
        return reader.Read() ? StoredVariable.Read(reader) : null;
    }

    public StoredVariable? Find(string @namespace, string path) => StoredVariable.Live(FindRow(@namespace, path));

    public List<StoredVariable> List(string @namespace, string prefix)
    {
        var list = new List<StoredVariable>();
        using var reader = statements.Get(
            $"SELECT {StoredVariable.Columns} FROM variables WHERE items IS NOT NULL AND {MatchesPrefix} ORDER BY namespace, path;",
            ("$ns", @namespace), ("$prefix", prefix)).ExecuteReader();
        while (reader.Read())
        {
            list.Add(StoredVariable.Read(reader));
        }

        return list;
    }

    /// <summary>
    /// The greatest change index among the matching paths, tombstones included; at least the highest pruned
    /// tombstone's index, so that a watcher never misses a deletion whose tombstone is gone (it may wake once for
    /// nothing instead); zero when none.
    /// </summary>
    public long LatestChange(string @namespace, string prefix) =>
        statements.ScalarInt64(
            $"SELECT MAX(COALESCE((SELECT MAX(modify_index) FROM variables WHERE {MatchesPrefix}), 0), (SELECT pruned_index FROM variables WHERE {SqliteSchema.StoreRow}));",
            ("$ns", @namespace),
            ("$prefix", prefix));

    /// <summary>Takes the next store-wide index; with <paramref name="lockExpires"/>, also lowers the store row's earliest-expiry bound to it.</summary>
    public long NextIndex(long? lockExpires = null)
    {
        var index = statements.ScalarInt64(
            $"""
            UPDATE variables SET store_index = store_index + 1,
                next_lock_expiry = CASE WHEN $expires IS NOT NULL AND (next_lock_expiry IS NULL OR $expires < next_lock_expiry) THEN $expires ELSE next_lock_expiry END
            WHERE {SqliteSchema.StoreRow}
            RETURNING store_index;
            """,
            ("$expires", lockExpires));
        IndexesTaken++;
        return index;
    }

    public void Upsert(StoredVariable row)
    {
        var locked = row.LockId is not null;
        statements.Execute(
            UpsertRow,
            ("$ns", row.Namespace),
            ("$path", row.Path),
            ("$items", row.ItemsJson),
            ("$createIndex", row.CreateIndex),
            ("$createTime", row.CreateTime),
            ("$modifyIndex", row.ModifyIndex),
            ("$modifyTime", row.ModifyTime),
            ("$lockId", row.LockId),
            ("$lockTtl", locked ? row.LockTtl : null),
            ("$lockDelay", locked ? row.LockDelay : null),
            ("$lockExpires", locked ? row.LockExpires : null),
            ("$lockDelayUntil", row.LockDelayUntil));
    }

    /// <summary>Turns the path's row into a tombstone at a new index, keeping its lock delay; now and then prunes old tombstones.</summary>
    public void Delete(StoredVariable existing, long now)
    {
        Upsert(existing with { ItemsJson = null, LockId = null, ModifyIndex = NextIndex(), ModifyTime = now });
        if (++_deletions % DeletionsPerPrune == 0)
        {
            PruneTombstones(now);
        }
    }

    /// <summary>Deletes tombstones older than <see cref="TombstoneRetention"/> whose lock delay has passed, raising the store row's pruned index to theirs.</summary>
    public void PruneTombstones(long now)
    {
        const string prunable = $"{Variables} AND items IS NULL AND modify_time < $cutoff AND (lock_delay_until IS NULL OR lock_delay_until <= $now)";
        (string, object?)[] parameters = [("$cutoff", now - TombstoneRetention.Ticks), ("$now", now)];
        statements.Execute(
            $"UPDATE variables SET pruned_index = MAX(pruned_index, COALESCE((SELECT MAX(modify_index) FROM variables WHERE {prunable}), 0)) WHERE {SqliteSchema.StoreRow};",
            parameters);
        statements.Execute($"DELETE FROM variables WHERE {prunable};", parameters);
    }
}
