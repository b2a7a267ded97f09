using BenchmarkDotNet.Attributes;
using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;

namespace Nomadic.Benchmarks.Scheduling;

/// <summary>
/// 100,000 allocations of one service group on N nodes: a naive full-scan placer (baseline) against the engine.
/// Results are per placement (<c>OperationsPerInvoke</c>).
/// </summary>
[MemoryDiagnoser]
public class SchedulerBenchmarks
{
    private const int Placements = 100_000;
    private readonly PlacementEngine _engine = new();
    private ClusterNode[] _nodes = [];
    private PlacementRequest _service = null!;

    /// <summary>The number of nodes in the cluster.</summary>
    [Params(1_000, 10_000)]
    public int NodeCount { get; set; }

    /// <summary>Builds the cluster and the request.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _nodes = SchedulerWorkloads.Nodes(NodeCount);
        _service = new PlacementRequest { Job = SchedulerWorkloads.Job(Placements, spread: false), Nodes = _nodes, Seed = 42 };
        _engine.Plan(_service);
    }

    /// <summary>Scores every node for every allocation.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Placements)]
    public int NaiveFullScan() => NaiveFullScanPlacer.Place(_nodes, Placements, 100, 128);

    /// <summary>Nomad's algorithm: class-cached feasibility, log2(n) sampled nodes, bin-pack.</summary>
    [Benchmark(OperationsPerInvoke = Placements)]
    public int Engine() => _engine.Plan(_service).PlacedCount;
}
