using BenchmarkDotNet.Attributes;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// The two stores a lock benchmark compares on one machine: the in-memory store (the baseline) and the SQLite store on
/// a file in a fresh temp directory.
/// </summary>
public abstract class LocalLockStoresBenchmarkBase
{
    private string _directory = "";

    /// <summary>The in-memory store.</summary>
    protected InMemoryVariableStore MemoryStore { get; private set; } = null!;

    /// <summary>The SQLite store on <c>locks.db</c> in the temp directory.</summary>
    protected SqliteVariableStore SqliteStore { get; private set; } = null!;

    /// <summary>Creates both stores.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("nomadic-bench-").FullName;
        MemoryStore = new InMemoryVariableStore();
        SqliteStore = new SqliteVariableStore(Path.Combine(_directory, "locks.db"));
    }

    /// <summary>Closes the stores and deletes the file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        MemoryStore.Dispose();
        SqliteStore.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
