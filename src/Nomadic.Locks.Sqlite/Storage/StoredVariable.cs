using Microsoft.Data.Sqlite;

namespace Nomadic.Locks.Storage;

/// <summary>A row of the <c>variables</c> table, read with <see cref="Columns"/>, and its conversion to a <see cref="Variable"/>.</summary>
internal sealed record StoredVariable(
    string Namespace,
    string Path,
    string ItemsJson,
    long CreateIndex,
    long CreateTime,
    long ModifyIndex,
    long ModifyTime,
    string? LockId,
    long LockTtl,
    long LockDelay,
    long LockExpires)
{
    /// <summary>The columns every <see cref="Read"/> expects, in order.</summary>
    public const string Columns =
        "namespace, path, items, create_index, create_time, modify_index, modify_time, lock_id, lock_ttl, lock_delay, lock_expires";

    /// <summary><see cref="Columns"/> of the table aliased <c>v</c>.</summary>
    public const string QualifiedColumns =
        "v.namespace, v.path, v.items, v.create_index, v.create_time, v.modify_index, v.modify_time, v.lock_id, v.lock_ttl, v.lock_delay, v.lock_expires";

    /// <summary>How many columns <see cref="Read"/> reads.</summary>
    public const int ColumnCount = 11;

    public static StoredVariable Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetInt64(3),
        reader.GetInt64(4),
        reader.GetInt64(5),
        reader.GetInt64(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? 0 : reader.GetInt64(8),
        reader.IsDBNull(9) ? 0 : reader.GetInt64(9),
        reader.IsDBNull(10) ? 0 : reader.GetInt64(10));

    public static DateTimeOffset Time(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    public VariableLock? Lock => LockId is null
        ? null
        : new VariableLock { Id = LockId, Ttl = TimeSpan.FromTicks(LockTtl), LockDelay = TimeSpan.FromTicks(LockDelay) };

    public Variable ToVariable() => new()
    {
        Namespace = Namespace,
        Path = Path,
        Items = Storage.ItemsJson.Read(ItemsJson),
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
