using Mvccpb;

namespace Nomadic.Locks.Storage;

/// <summary>One path's three keys as read at one revision: the variable, its lock and its lock delay.</summary>
internal sealed class PathState(string ns, string path, KeyValue? variable, KeyValue? @lock, KeyValue? delay)
{
    public string Namespace { get; } = ns;

    public string Path { get; } = path;

    public KeyValue? VariableKey { get; } = variable;

    public KeyValue? LockKey { get; } = @lock;

    public KeyValue? DelayKey { get; } = delay;

    public StoredValue? Value { get; } = variable is null ? null : StoredValue.Parse(variable.Value);

    /// <summary>The lock recorded in the value, when its lock key (so its lease) is still alive.</summary>
    public StoredLock? HeldLock =>
        Value?.Lock is { } recorded && LockKey is not null && LockKey.Value.ToStringUtf8() == recorded.Id ? recorded : null;

    /// <summary>The value records a lock whose lease has expired: the lock delay must start.</summary>
    public StoredLock? ExpiredLock => Value?.Lock is { } recorded && HeldLock is null ? recorded : null;

    public bool IsLockedAgainst(string? lockId) => HeldLock is { } held && !string.Equals(held.Id, lockId, StringComparison.Ordinal);

    /// <summary>The variable as callers see it: the lock only while it is held.</summary>
    public Variable? ToVariable() => VariableKey is null || Value is null ? null : ToVariable(Value, (ulong)VariableKey.CreateRevision, (ulong)VariableKey.ModRevision, HeldLock);

    public Variable ToVariable(StoredValue value, ulong createIndex, ulong modifyIndex, StoredLock? heldLock) => new()
    {
        Namespace = Namespace,
        Path = Path,
        Items = new Dictionary<string, string>(value.Items, StringComparer.Ordinal),
        CreateIndex = createIndex,
        ModifyIndex = modifyIndex,
        CreateTime = new DateTimeOffset(value.CreateTimeTicks, TimeSpan.Zero),
        ModifyTime = new DateTimeOffset(value.ModifyTimeTicks, TimeSpan.Zero),
        Lock = heldLock?.ToVariableLock(),
    };
}
