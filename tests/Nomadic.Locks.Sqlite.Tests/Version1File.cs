using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Sqlite.Tests;

/// <summary>
/// A database file in layout version 1 (the layout of Nomadic.Locks.Sqlite before the single-table layout), written
/// with that version's exact DDL. Its history, by index: 1 create app/config, 2 create app/gone, 3 update app/config,
/// 4 acquire app/delayed, 5 acquire app/leader (held for an hour), 6 delete app/gone, 7 app/delayed's lock expires
/// (lock delay for ten more minutes).
/// </summary>
internal static class Version1File
{
    private const string Ddl = """
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

    private const string History = """
        UPDATE store_index SET value = 7;
        INSERT INTO variables VALUES ('default', 'app/config', '{"url":"https://example"}', 1, $t, 3, $t, NULL, NULL, NULL, NULL);
        INSERT INTO variables VALUES ('default', 'app/delayed', '{}', 4, $t, 7, $t, NULL, NULL, NULL, NULL);
        INSERT INTO variables VALUES ('default', 'app/leader', '{}', 5, $t, 5, $t, 'lock-1', $hour, $delay, $t + $hour);
        INSERT INTO lock_delays VALUES ('default', 'app/delayed', $t + $tenMinutes);
        INSERT INTO changes VALUES ('default', 'app/config', 3), ('default', 'app/gone', 6), ('default', 'app/delayed', 7), ('default', 'app/leader', 5);
        """;

    public static void Create(string path, DateTimeOffset now)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;" + Ddl + History;
        command.Parameters.AddWithValue("$t", now.UtcTicks);
        command.Parameters.AddWithValue("$hour", TimeSpan.FromHours(1).Ticks);
        command.Parameters.AddWithValue("$delay", TimeSpan.FromSeconds(15).Ticks);
        command.Parameters.AddWithValue("$tenMinutes", TimeSpan.FromMinutes(10).Ticks);
        command.ExecuteNonQuery();
    }
}
