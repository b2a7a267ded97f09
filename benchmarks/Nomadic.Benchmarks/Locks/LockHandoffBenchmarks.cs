using BenchmarkDotNet.Attributes;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// Contended hand-off: <see cref="ContenderCount"/> tasks of one process loop on one lock through
/// <see cref="VariableDistributedLock"/> (acquire, waiting on the store's watch while another holds it, then release),
/// until <see cref="Handoffs"/> acquisitions have happened; each task then takes the lock once more to learn that it is
/// done. The mean is per acquisition, so acquisitions per second are one second divided by it. The in-memory store is
/// the baseline; the SQLite store shares one instance (and file) between the tasks.
/// </summary>
[MemoryDiagnoser]
public class LockHandoffBenchmarks : LocalLockStoresBenchmarkBase
{
    /// <summary>The tasks competing for the lock.</summary>
    public const int ContenderCount = 4;

    /// <summary>Acquisitions per invocation before the contenders stop.</summary>
    public const int Handoffs = 200;

    /// <summary>Contended acquisitions on the in-memory store.</summary>
    /// <returns>A task that completes when every contender has stopped.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Handoffs + ContenderCount)]
    public Task InMemory() => ContendAsync(MemoryStore);

    /// <summary>Contended acquisitions on the SQLite store.</summary>
    /// <returns>A task that completes when every contender has stopped.</returns>
    [Benchmark(OperationsPerInvoke = Handoffs + ContenderCount)]
    public Task Sqlite() => ContendAsync(SqliteStore);

    private static Task ContendAsync(IVariableStore store)
    {
        var distributedLock = new VariableDistributedLock(store, "bench/handoff");
        var remaining = Handoffs;
        var contenders = new Task[ContenderCount];
        for (var i = 0; i < contenders.Length; i++)
        {
            contenders[i] = Task.Run(async () =>
            {
                while (true)
                {
                    await using var handle = await distributedLock.AcquireAsync().ConfigureAwait(false);
                    if (Interlocked.Decrement(ref remaining) < 0)
                    {
                        return;
                    }
                }
            });
        }

        return Task.WhenAll(contenders);
    }
}
