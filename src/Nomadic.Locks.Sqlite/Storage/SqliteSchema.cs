using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>
/// The database layout. One row holds the store-wide index (the fencing token source); <c>variables</c> holds the
/// variables with their locks; <c>lock_delays</c> remembers when an expired lock may be taken again (it outlives a
/// deletion of the variable); <c>changes</c> remembers every path's last change index, deleted paths included, so
/// that a prefix watch notices deletions. Times are UTC ticks of the store's clock, durations are ticks.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The layout version, kept in <c>PRAGMA user_version</c>.</summary>
    public const int Version = 1;

    private const string CreateTables = """
        CREATE TABLE IF NOT EXISTS store_index (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            value INTEGER NOT NULL);
        INSERT OR IGNORE INTO store_index (id, value) VALUES (1, 0);
        CREATE TABLE IF NOT EXISTS variables (
            namespace TEXT NOT NULL,
            path TEXT NOT NULL,
            items TEXT NOT NULL,
            create_index INTEGER NOT NULL,
            create_time INTEGER NOT NULL,
            modify_index INTEGER NOT NULL,
            modify_time INTEGER NOT NULL,
            lock_id TEXT,
            lock_ttl INTEGER,
            lock_delay INTEGER,
            lock_expires INTEGER,
            PRIMARY KEY (namespace, path)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS variables_lock_expires ON variables (lock_expires) WHERE lock_id IS NOT NULL;
        CREATE TABLE IF NOT EXISTS lock_delays (
            namespace TEXT NOT NULL,
            path TEXT NOT NULL,
            until INTEGER NOT NULL,
            PRIMARY KEY (namespace, path)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS changes (
            namespace TEXT NOT NULL,
            path TEXT NOT NULL,
            change_index INTEGER NOT NULL,
            PRIMARY KEY (namespace, path)) WITHOUT ROWID;
        PRAGMA user_version = 1;
        """;

    /// <summary>Sets the connection's pragmas and creates the tables when missing.</summary>
    /// <exception cref="InvalidOperationException">The file was written by a newer layout.</exception>
    public static void Initialize(SqliteConnection connection, SqliteVariableStoreOptions options)
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

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
