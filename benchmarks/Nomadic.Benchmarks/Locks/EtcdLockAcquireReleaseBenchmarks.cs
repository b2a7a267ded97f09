using BenchmarkDotNet.Attributes;
using Nomadic.Locks;

namespace Nomadic.Benchmarks;

/// <summary>
/// Uncontended lock acquisition and release, straight on the store: the in-memory store (baseline) against the etcd
/// store on a 3-member cluster on loopback (a lease grant, reads and transactions through Raft, a lease revoke).
/// </summary>
[MemoryDiagnoser]
public class EtcdLockAcquireReleaseBenchmarks
{
    private const string LockPath = "bench/lock";
    private LoopbackEtcdCluster _cluster = null!;
    private InMemoryVariableStore _memory = null!;
    private EtcdVariableStore _etcd = null!;

    /// <summary>Starts the cluster and creates both stores.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cluster = new LoopbackEtcdCluster();
        _memory = new InMemoryVariableStore();
        _etcd = new EtcdVariableStore(_cluster.Endpoints);
    }

    /// <summary>Closes the stores and stops the cluster.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _memory.Dispose();
        _etcd.Dispose();
        _cluster.Dispose();
    }

    /// <summary>Acquire then release on the in-memory store.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark(Baseline = true)]
    public async Task<ulong> InMemory() => await LockRoundTrip.AcquireReleaseAsync(_memory, LockPath);

    /// <summary>Acquire then release on the 3-member etcd cluster.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> Etcd() => await LockRoundTrip.AcquireReleaseAsync(_etcd, LockPath);
}
