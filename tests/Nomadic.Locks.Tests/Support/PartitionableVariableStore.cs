namespace Nomadic.Locks.Tests;

/// <summary>A store seen through a network that can be cut: while partitioned every call throws, as an unreachable server would.</summary>
public sealed class PartitionableVariableStore(IVariableStore inner) : IVariableStore
{
    public bool Partitioned { get; set; }

    public ValueTask<Variable?> GetAsync(string @namespace, string path, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.GetAsync(@namespace, path, cancellationToken) : throw Unreachable();

    public ValueTask<IReadOnlyList<VariableMetadata>> ListAsync(string @namespace, string prefix, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.ListAsync(@namespace, prefix, cancellationToken) : throw Unreachable();

    public ValueTask<VariableWriteResult> PutAsync(string @namespace, string path, IReadOnlyDictionary<string, string> items, ulong? checkIndex = null, string? lockId = null, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.PutAsync(@namespace, path, items, checkIndex, lockId, cancellationToken) : throw Unreachable();

    public ValueTask<VariableWriteResult> DeleteAsync(string @namespace, string path, ulong? checkIndex = null, string? lockId = null, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.DeleteAsync(@namespace, path, checkIndex, lockId, cancellationToken) : throw Unreachable();

    public ValueTask<ulong> WatchAsync(string @namespace, string prefix, ulong afterIndex, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.WatchAsync(@namespace, prefix, afterIndex, cancellationToken) : throw Unreachable();

    public ValueTask<LockAcquireResult> AcquireLockAsync(string @namespace, string path, VariableLockRequest request, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.AcquireLockAsync(@namespace, path, request, cancellationToken) : throw Unreachable();

    public ValueTask<VariableWriteResult> RenewLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.RenewLockAsync(@namespace, path, lockId, cancellationToken) : throw Unreachable();

    public ValueTask<VariableWriteResult> ReleaseLockAsync(string @namespace, string path, string lockId, CancellationToken cancellationToken = default) =>
        Reachable() ? inner.ReleaseLockAsync(@namespace, path, lockId, cancellationToken) : throw Unreachable();

    private bool Reachable() => !Partitioned;

    private static IOException Unreachable() => new("The store is unreachable (network partition).");
}
