using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>
/// The database layout (version 2): one <c>WITHOUT ROWID</c> table, <c>variables</c>, keyed by namespace and path,
/// holds every variable with its lock and lock delay, a tombstone for every deleted path (its last change index, for
/// prefix watches, and its lock delay), and one store row (namespace and path empty, which no variable can have) with
/// the store-wide index, a lower bound of the earliest lock expiry and the highest index of pruned tombstones. A
/// change therefore writes two rows of one B-tree and, in a small store, a single page. Times are UTC ticks of the
/// store's clock, durations are ticks.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The layout version, kept in <c>PRAGMA user_version</c>.</summary>
    public const int Version = 2;

    /// <summary>The store row's key: an empty namespace, which <see cref="VariableRules.ValidateNamespace"/> never allows.</summary>
    public const string StoreRow = "namespace = '' AND path = ''";

    /// <summary>The <c>variables</c> table; also used by the migration, which creates it under another name first.</summary>
    public const string VariablesColumns = """
        (
            namespace TEXT NOT NULL,
            path TEXT NOT NULL,
            items TEXT,
            create_index INTEGER NOT NULL,
            create_time INTEGER NOT NULL,
            modify_index INTEGER NOT NULL,
            modify_time INTEGER NOT NULL,
            lock_id TEXT,
            lock_ttl INTEGER,
            lock_delay INTEGER,
            lock_expires INTEGER,
            lock_delay_until INTEGER,
            store_index INTEGER,
            next_lock_expiry INTEGER,
            pruned_index INTEGER,
            PRIMARY KEY (namespace, path)) WITHOUT ROWID;
        """;

    private const string CreateTables = $"""
        CREATE TABLE IF NOT EXISTS variables {VariablesColumns}
        INSERT OR IGNORE INTO variables (namespace, path, create_index, create_time, modify_index, modify_time, store_index, pruned_index)
        VALUES ('', '', 0, 0, 0, 0, 0, 0);
        PRAGMA user_version = 2;
        """;

    /// <summary>Sets the connection's pragmas and creates the table when missing, or migrates a version 1 file.</summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer layout.</exception>
    public static void Initialize(SqliteConnection connection, SqliteVariableStoreOptions options, long now)
    {
        Execute(connection, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};");
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, options.FlushEveryCommit ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;");
        Execute(connection, "BEGIN IMMEDIATE;");
        try
        {
            using (var version = connection.CreateCommand())
            {
                version.CommandText = "PRAGMA user_version;";
                var found = Convert.ToInt64(version.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
                if (found > Version)
                {
                    throw new InvalidOperationException(
                        $"The lock database '{options.Path}' has layout version {found}; this Nomadic.Locks.Sqlite reads version {Version}. Upgrade the package or use another file.");
                }

                if (found == 1)
                {
                    SchemaMigrationV1.Run(connection, now);
                }
            }

            Execute(connection, CreateTables);
            Execute(connection, "COMMIT;");
        }
        catch
        {
            Execute(connection, "ROLLBACK;");
            throw;
        }
    }

    internal static void Execute(SqliteConnection connection, string sql, params ReadOnlySpan<(string Name, object Value)> parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
