using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>
/// A row of the <c>variables</c> table, read with <see cref="Columns"/>, and its conversion to a <see cref="Variable"/>.
/// A row with no items is a tombstone: the path was deleted at <see cref="ModifyIndex"/>, and the row remembers that
/// change (for prefix watches) and the path's lock delay.
/// </summary>
internal sealed record StoredVariable(
    string Namespace,
    string Path,
    string? ItemsJson,
    long CreateIndex,
    long CreateTime,
    long ModifyIndex,
    long ModifyTime,
    string? LockId,
    long LockTtl,
    long LockDelay,
    long LockExpires,
    long? LockDelayUntil)
{
    /// <summary>The columns every <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "namespace, path, items, create_index, create_time, modify_index, modify_time, lock_id, lock_ttl, lock_delay, lock_expires, lock_delay_until";

    /// <summary>Whether the path exists (is not a tombstone).</summary>
    public bool Exists => ItemsJson is not null;

    public static StoredVariable Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetInt64(3),
        reader.GetInt64(4),
        reader.GetInt64(5),
        reader.GetInt64(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? 0 : reader.GetInt64(8),
        reader.IsDBNull(9) ? 0 : reader.GetInt64(9),
        reader.IsDBNull(10) ? 0 : reader.GetInt64(10),
        reader.IsDBNull(11) ? null : reader.GetInt64(11));

    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    /// <summary>The row when the path exists, <see langword="null"/> for a tombstone or no row.</summary>
    public static StoredVariable? Live(StoredVariable? row) => row is { Exists: true } ? row : null;

    public VariableLock? Lock => LockId is null
        ? null
        : new VariableLock { Id = LockId, Ttl = TimeSpan.FromTicks(LockTtl), LockDelay = TimeSpan.FromTicks(LockDelay) };

    public Variable ToVariable() => new()
    {
        Namespace = Namespace,
        Path = Path,
        Items = Storage.ItemsJson.Read(ItemsJson ?? Storage.ItemsJson.Empty),
        CreateIndex = (ulong)CreateIndex,
        CreateTime = Time(CreateTime),
        ModifyIndex = (ulong)ModifyIndex,
        ModifyTime = Time(ModifyTime),
        Lock = Lock,
    };

    public VariableMetadata ToMetadata() => new()
    {
        Namespace = Namespace,
        Path = Path,
        CreateIndex = (ulong)CreateIndex,
        CreateTime = Time(CreateTime),
        ModifyIndex = (ulong)ModifyIndex,
        ModifyTime = Time(ModifyTime),
        Lock = Lock,
    };
}
