namespace Nomadic.Locks.Storage;

/// <summary>
/// The statements of the store over its tables. Callers hold the store's gate and, for every method that writes,
/// an open <c>BEGIN IMMEDIATE</c> transaction.
/// </summary>
internal sealed class VariableTables(StatementCache statements)
{
    private const string SelectVariable =
        $"SELECT {StoredVariable.Columns} FROM variables WHERE namespace = $ns AND path = $path;";

    // One row always: the variable's columns (NULL when it does not exist) and the path's lock delay, if any.
    private const string SelectVariableAndLockDelay =
        $"SELECT {StoredVariable.QualifiedColumns}, (SELECT until FROM lock_delays WHERE namespace = $ns AND path = $path) "
        + "FROM (SELECT 1) LEFT JOIN variables v ON v.namespace = $ns AND v.path = $path;";

    private const string UpsertVariable = """
        INSERT INTO variables (namespace, path, items, create_index, create_time, modify_index, modify_time, lock_id, lock_ttl, lock_delay, lock_expires)
        VALUES ($ns, $path, $items, $createIndex, $createTime, $modifyIndex, $modifyTime, $lockId, $lockTtl, $lockDelay, $lockExpires)
        ON CONFLICT (namespace, path) DO UPDATE SET
            items = excluded.items, create_index = excluded.create_index, create_time = excluded.create_time,
            modify_index = excluded.modify_index, modify_time = excluded.modify_time, lock_id = excluded.lock_id,
            lock_ttl = excluded.lock_ttl, lock_delay = excluded.lock_delay, lock_expires = excluded.lock_expires;
        """;

    private const string MatchesPrefix = "($ns = '*' OR namespace = $ns) AND substr(path, 1, length($prefix)) = $prefix";

    /// <summary>How many indexes this instance has taken: a change tells the store to wake its watchers.</summary>
    public long IndexesTaken { get; private set; }

    /// <summary>Whether any lock's TTL has passed at <paramref name="now"/>: a cheap read on a partial index.</summary>
    public bool AnyLockDue(long now) =>
        statements.ScalarInt64("SELECT EXISTS (SELECT 1 FROM variables WHERE lock_id IS NOT NULL AND lock_expires <= $now);", ("$now", now)) != 0;

    /// <summary>Frees every lock whose TTL has passed and starts its lock delay, each expiry taking an index.</summary>
    /// <returns>Whether any lock expired.</returns>
    public bool ExpireDue(long now)
    {
        List<StoredVariable>? due = null;
        using (var reader = statements.Get(
            $"SELECT {StoredVariable.Columns} FROM variables WHERE lock_id IS NOT NULL AND lock_expires <= $now;", ("$now", now)).ExecuteReader())
        {
            while (reader.Read())
            {
                (due ??= []).Add(StoredVariable.Read(reader));
            }
        }

        if (due is null)
        {
            return false;
        }

        foreach (var expired in due)
        {
            Upsert(expired with { LockId = null, ModifyIndex = NextIndex(expired.Namespace, expired.Path), ModifyTime = now });
            statements.Execute(
                "INSERT INTO lock_delays (namespace, path, until) VALUES ($ns, $path, $until) ON CONFLICT (namespace, path) DO UPDATE SET until = excluded.until;",
                ("$ns", expired.Namespace), ("$path", expired.Path), ("$until", expired.LockExpires + expired.LockDelay));
        }

        return true;
    }

    public StoredVariable? Find(string @namespace, string path)
    {
        using var reader = statements.Get(SelectVariable, ("$ns", @namespace), ("$path", path)).ExecuteReader();
        return reader.Read() ? StoredVariable.Read(reader) : null;
    }

    /// <summary>The variable, or <see langword="null"/>, and when its lock delay ends, or <see langword="null"/>: what an acquisition looks at, in one statement.</summary>
    public (StoredVariable? Variable, long? LockDelayUntil) FindForLock(string @namespace, string path)
    {
        using var reader = statements.Get(SelectVariableAndLockDelay, ("$ns", @namespace), ("$path", path)).ExecuteReader();
        reader.Read();
        var variable = reader.IsDBNull(0) ? null : StoredVariable.Read(reader);
        long? until = reader.IsDBNull(StoredVariable.ColumnCount) ? null : reader.GetInt64(StoredVariable.ColumnCount);
        return (variable, until);
    }

    public List<StoredVariable> List(string @namespace, string prefix)
    {
        var list = new List<StoredVariable>();
        using var reader = statements.Get(
            $"SELECT {StoredVariable.Columns} FROM variables WHERE {MatchesPrefix} ORDER BY namespace, path;",
            ("$ns", @namespace), ("$prefix", prefix)).ExecuteReader();
        while (reader.Read())
        {
            list.Add(StoredVariable.Read(reader));
        }

        return list;
    }

    /// <summary>The greatest change index among the matching paths, deleted ones included; zero when none.</summary>
    public long LatestChange(string @namespace, string prefix) =>
        statements.ScalarInt64($"SELECT COALESCE(MAX(change_index), 0) FROM changes WHERE {MatchesPrefix};", ("$ns", @namespace), ("$prefix", prefix));

    public void ClearLockDelay(string @namespace, string path) =>
        statements.Execute("DELETE FROM lock_delays WHERE namespace = $ns AND path = $path;", ("$ns", @namespace), ("$path", path));

    /// <summary>Takes the next store-wide index for a change of a path and records it as the path's last change.</summary>
    public long NextIndex(string @namespace, string path)
    {
        // One command: the increment, then the path's change row reading the new value, which it returns.
        var index = statements.ScalarInt64(
            """
            UPDATE store_index SET value = value + 1 WHERE id = 1;
            INSERT INTO changes (namespace, path, change_index) VALUES ($ns, $path, (SELECT value FROM store_index WHERE id = 1))
            ON CONFLICT (namespace, path) DO UPDATE SET change_index = excluded.change_index
            RETURNING change_index;
            """,
            ("$ns", @namespace),
            ("$path", path));
        IndexesTaken++;
        return index;
    }

    public void Upsert(StoredVariable variable)
    {
        var locked = variable.LockId is not null;
        statements.Execute(
            UpsertVariable,
            ("$ns", variable.Namespace),
            ("$path", variable.Path),
            ("$items", variable.ItemsJson),
            ("$createIndex", variable.CreateIndex),
            ("$createTime", variable.CreateTime),
            ("$modifyIndex", variable.ModifyIndex),
            ("$modifyTime", variable.ModifyTime),
            ("$lockId", variable.LockId),
            ("$lockTtl", locked ? variable.LockTtl : null),
            ("$lockDelay", locked ? variable.LockDelay : null),
            ("$lockExpires", locked ? variable.LockExpires : null));
    }

    public void Delete(string @namespace, string path) =>
        statements.Execute("DELETE FROM variables WHERE namespace = $ns AND path = $path;", ("$ns", @namespace), ("$path", path));
}
