using BenchmarkDotNet.Attributes;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// Uncontended lock acquisition and release, straight on the store: the in-memory store (baseline) against the
/// SQLite store on a temp file (WAL, <c>synchronous = NORMAL</c>), each acquisition and release one write transaction.
/// </summary>
[MemoryDiagnoser]
public class LockAcquireReleaseBenchmarks
{
    private static readonly VariableLockRequest Request = new();
    private string _directory = "";
    private InMemoryVariableStore _memory = null!;
    private SqliteVariableStore _sqlite = null!;

    /// <summary>Creates both stores.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("nomadic-bench-").FullName;
        _memory = new InMemoryVariableStore();
        _sqlite = new SqliteVariableStore(Path.Combine(_directory, "locks.db"));
    }

    /// <summary>Closes the stores and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _memory.Dispose();
        _sqlite.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Acquire then release on the in-memory store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark(Baseline = true)]
    public async Task<ulong> InMemory() => await AcquireReleaseAsync(_memory);

    /// <summary>Acquire then release on the SQLite store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> Sqlite() => await AcquireReleaseAsync(_sqlite);

    private static async Task<ulong> AcquireReleaseAsync(IVariableStore store)
    {
        var acquired = await store.AcquireLockAsync("default", "bench/lock", Request);
        await store.ReleaseLockAsync("default", "bench/lock", acquired.LockId!);
        return acquired.FencingToken;
    }
}
