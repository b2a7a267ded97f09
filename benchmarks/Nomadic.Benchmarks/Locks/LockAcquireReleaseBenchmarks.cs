using BenchmarkDotNet.Attributes;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// Uncontended lock acquisition and release, straight on the store: the in-memory store (baseline) against the
/// SQLite store on a temp file (WAL, <c>synchronous = NORMAL</c>), each acquisition and release one write transaction.
/// </summary>
[MemoryDiagnoser]
public class LockAcquireReleaseBenchmarks : LocalLockStoresBenchmarkBase
{
    private static readonly VariableLockRequest Request = new();
    /// <summary>Acquire then release on the in-memory store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark(Baseline = true)]
    public async Task<ulong> InMemory() => await AcquireReleaseAsync(MemoryStore);

    /// <summary>Acquire then release on the SQLite store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> Sqlite() => await AcquireReleaseAsync(SqliteStore);

    private static async Task<ulong> AcquireReleaseAsync(IVariableStore store)
    {
        var acquired = await store.AcquireLockAsync("default", "bench/lock", Request);
        await store.ReleaseLockAsync("default", "bench/lock", acquired.LockId!);
        return acquired.FencingToken;
    }
}
