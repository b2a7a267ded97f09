using BenchmarkDotNet.Attributes;

namespace Nomadic.Benchmarks;

/// <summary>
/// Uncontended lock acquisition and release, straight on the store: the in-memory store (baseline) against the
/// SQLite store on a temp file (WAL, <c>synchronous = NORMAL</c>), each acquisition and release one write transaction.
/// </summary>
[MemoryDiagnoser]
public class LockAcquireReleaseBenchmarks : LocalLockStoresBenchmarkBase
{
    private const string LockPath = "bench/lock";

    /// <summary>Acquire then release on the in-memory store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark(Baseline = true)]
    public async Task<ulong> InMemory() => await LockRoundTrip.AcquireReleaseAsync(MemoryStore, LockPath);

    /// <summary>Acquire then release on the SQLite store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> Sqlite() => await LockRoundTrip.AcquireReleaseAsync(SqliteStore, LockPath);
}
