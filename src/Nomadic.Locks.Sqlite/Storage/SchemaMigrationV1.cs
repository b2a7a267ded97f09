using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>
/// Moves a version 1 file (tables <c>store_index</c>, <c>variables</c> with a partial lock-expiry index,
/// <c>lock_delays</c>, <c>changes</c>) to version 2, inside the opener's <c>BEGIN IMMEDIATE</c> transaction, so other
/// processes opening the file wait and then see version 2. Deleted paths become tombstones whose modify time is the
/// migration's, so their retention starts then.
/// </summary>
internal static class SchemaMigrationV1
{
    private const string Migrate = $"""
        CREATE TABLE variables_v2 {SqliteSchema.VariablesColumns}
        INSERT INTO variables_v2 (namespace, path, create_index, create_time, modify_index, modify_time, store_index, next_lock_expiry, pruned_index)
        VALUES ('', '', 0, 0, 0, 0,
            (SELECT value FROM store_index WHERE id = 1),
            (SELECT MIN(lock_expires) FROM variables WHERE lock_id IS NOT NULL),
            0);
        INSERT INTO variables_v2 (namespace, path, items, create_index, create_time, modify_index, modify_time, lock_id, lock_ttl, lock_delay, lock_expires, lock_delay_until)
        SELECT v.namespace, v.path, v.items, v.create_index, v.create_time, v.modify_index, v.modify_time, v.lock_id, v.lock_ttl, v.lock_delay, v.lock_expires,
            (SELECT d.until FROM lock_delays d WHERE d.namespace = v.namespace AND d.path = v.path)
        FROM variables v;
        INSERT INTO variables_v2 (namespace, path, create_index, create_time, modify_index, modify_time, lock_delay_until)
        SELECT c.namespace, c.path, 0, 0, c.change_index, $now,
            (SELECT d.until FROM lock_delays d WHERE d.namespace = c.namespace AND d.path = c.path)
        FROM changes c
        WHERE NOT EXISTS (SELECT 1 FROM variables v WHERE v.namespace = c.namespace AND v.path = c.path);
        INSERT INTO variables_v2 (namespace, path, create_index, create_time, modify_index, modify_time, lock_delay_until)
        SELECT d.namespace, d.path, 0, 0, 0, $now, d.until
        FROM lock_delays d
        WHERE NOT EXISTS (SELECT 1 FROM variables_v2 n WHERE n.namespace = d.namespace AND n.path = d.path);
        DROP TABLE variables;
        DROP TABLE lock_delays;
        DROP TABLE changes;
        DROP TABLE store_index;
        ALTER TABLE variables_v2 RENAME TO variables;
        """;

    public static void Run(SqliteConnection connection, long now) =>
        SqliteSchema.Execute(connection, Migrate, ("$now", now));
}
