using BenchmarkDotNet.Attributes;
using Nomadic.Core.Scheduling;

namespace Nomadic.Benchmarks.Scheduling;

/// <summary>
/// How the engine's cost per placement grows with the cluster: 100,000 service placements, and a spread job of
/// 1,000 allocations (Nomad scores max(count, 100) nodes per placement when a group spreads, so a spread group of
/// 100,000 would score every node every time). <see cref="Spread"/> passes the plain node list, so every plan pays
/// for reading every node; <see cref="SpreadOnSnapshot"/> passes a <see cref="ClusterSnapshot"/> built once, as a
/// host that plans many jobs on the same nodes does.
/// </summary>
[MemoryDiagnoser]
public class SchedulerScalingBenchmarks
{
    private const int ServicePlacements = 100_000;
    private const int SpreadPlacements = 1_000;
    private readonly PlacementEngine _engine = new();
    private PlacementRequest _service = null!;
    private PlacementRequest _spread = null!;
    private PlacementRequest _spreadOnSnapshot = null!;

    /// <summary>The number of nodes in the cluster.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int NodeCount { get; set; }

    /// <summary>Builds the cluster and the requests.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var nodes = SchedulerWorkloads.Nodes(NodeCount);
        _service = new PlacementRequest { Job = SchedulerWorkloads.Job(ServicePlacements, spread: false), Nodes = nodes, Seed = 42 };
        _spread = new PlacementRequest { Job = SchedulerWorkloads.Job(SpreadPlacements, spread: true), Nodes = nodes, Seed = 42 };
        _spreadOnSnapshot = new PlacementRequest { Job = _spread.Job, Nodes = new ClusterSnapshot(nodes), Seed = 42 };
        _engine.Plan(_service);
        _engine.Plan(_spread);
        _engine.Plan(_spreadOnSnapshot);
    }

    /// <summary>A service group of 100,000 allocations.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ServicePlacements)]
    public int Service() => _engine.Plan(_service).PlacedCount;

    /// <summary>A group of 1,000 allocations spread over 25 racks.</summary>
    [Benchmark(OperationsPerInvoke = SpreadPlacements)]
    public int Spread() => _engine.Plan(_spread).PlacedCount;

    /// <summary>The same spread group planned on a snapshot of the nodes that the host built once.</summary>
    [Benchmark(OperationsPerInvoke = SpreadPlacements)]
    public int SpreadOnSnapshot() => _engine.Plan(_spreadOnSnapshot).PlacedCount;
}
