using BenchmarkDotNet.Attributes;
using Nomadic.Topology;
using Nomadic.Topology.Selection;

namespace Nomadic.Benchmarks;

/// <summary>
/// Core selection on an r6a.metal (192 cores, 4 NUMA nodes) that is a third full; the baseline is Nomad CE's
/// lowest-N-IDs selection, so the results show what NUMA awareness costs.
/// </summary>
public class CoreSelectionBenchmarks
{
    private readonly NodeTopology _topology = KnownTopologies.R6a;
    private readonly HashSet<int> _taken = [.. Enumerable.Range(0, 192).Where(id => id % 3 == 0)];

    /// <summary>The number of cores each task asks for.</summary>
    [Params(4, 32)]
    public int Cores { get; set; }

    /// <summary>Nomad CE: the lowest free core IDs.</summary>
    /// <returns>The number of cores chosen.</returns>
    [Benchmark(Baseline = true)]
    public int LowestIds() => CoreSelector.SelectLowestIds(_topology, _taken, Cores)!.CoreIds.Count;

    /// <summary><c>affinity = "none"</c>: packing onto the fullest NUMA node that fits.</summary>
    /// <returns>The number of cores chosen.</returns>
    [Benchmark]
    public int AffinityNone() => CoreSelector.Select(_topology, _taken, Cores, NumaAffinity.None)!.CoreIds.Count;

    /// <summary><c>affinity = "prefer"</c>: the smallest total distance.</summary>
    /// <returns>The number of cores chosen.</returns>
    [Benchmark]
    public int AffinityPrefer() => CoreSelector.Select(_topology, _taken, Cores, NumaAffinity.Prefer)!.CoreIds.Count;

    /// <summary><c>affinity = "require"</c>: one NUMA node.</summary>
    /// <returns>The number of cores chosen.</returns>
    [Benchmark]
    public int AffinityRequire() => CoreSelector.Select(_topology, _taken, Cores, NumaAffinity.Require)!.CoreIds.Count;
}
