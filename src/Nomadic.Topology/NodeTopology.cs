using System.Collections.Frozen;

namespace Nomadic.Topology;

/// <summary>
/// The immutable hardware model of one node, like Nomad's <c>numalib.Topology</c>: NUMA nodes, the SLIT distance
/// matrix, logical cores, memory per NUMA node, the NUMA node of each PCI bus, and compute overrides.
/// Build one with <see cref="NodeTopologyBuilder"/>.
/// </summary>
public sealed class NodeTopology
{
    private readonly FrozenDictionary<int, int> _nodeIndex;
    private readonly FrozenDictionary<string, int> _busNodes;
    private readonly int[][] _distances;

    internal NodeTopology(
        int[] numaNodes,
        int[][] distances,
        Core[] cores,
        IDictionary<int, long> memoryMB,
        IDictionary<string, int> busAssociativity,
        long overrideTotalCompute,
        long overrideWithheldCompute)
    {
        NumaNodes = numaNodes;
        _distances = distances;
        Cores = cores;
        MemoryMB = memoryMB.ToFrozenDictionary();
        _busNodes = busAssociativity.ToFrozenDictionary(StringComparer.Ordinal);
        OverrideTotalCompute = overrideTotalCompute;
        OverrideWithheldCompute = overrideWithheldCompute;
        _nodeIndex = numaNodes.Select((id, index) => (id, index)).ToFrozenDictionary(p => p.id, p => p.index);
        UsableCores = [.. cores.Where(c => !c.Disabled)];
        TotalCompute = overrideTotalCompute > 0 ? overrideTotalCompute : cores.Sum(c => c.Mhz);
        UsableCompute = overrideTotalCompute > 0
            ? overrideTotalCompute
            : UsableCores.Sum(c => c.Mhz) - overrideWithheldCompute;
    }

    /// <summary>The NUMA node IDs, ascending. Row and column <c>i</c> of <see cref="Distances"/> belong to the <c>i</c>-th ID.</summary>
    public IReadOnlyList<int> NumaNodes { get; }

    /// <summary>The SLIT: the relative cost of reaching memory across NUMA nodes (10 means local), indexed like <see cref="NumaNodes"/>.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Distances => _distances;

    /// <summary>The logical cores, ordered by ID.</summary>
    public IReadOnlyList<Core> Cores { get; }

    /// <summary>The cores the scheduler may use: every core that is not <see cref="Core.Disabled"/>, ordered by ID.</summary>
    public IReadOnlyList<Core> UsableCores { get; }

    /// <summary>Memory in MB per NUMA node ID, where it was detected or given; absent nodes are unknown.</summary>
    public IReadOnlyDictionary<int, long> MemoryMB { get; }

    /// <summary>The NUMA node of each PCI bus ID (keys in the canonical form of <see cref="PciBusId.Normalize"/>).</summary>
    public IReadOnlyDictionary<string, int> BusAssociativity => _busNodes;

    /// <summary>The operator's <c>cpu_total_compute</c> override in MHz, or 0 for none.</summary>
    public long OverrideTotalCompute { get; }

    /// <summary>The operator's <c>reserved.cpu</c> in MHz, withheld from <see cref="UsableCompute"/>.</summary>
    public long OverrideWithheldCompute { get; }

    /// <summary>
    /// The compute the hardware can deliver in MHz: the sum of every core's <see cref="Core.Mhz"/>, or
    /// <see cref="OverrideTotalCompute"/> when set.
    /// </summary>
    public long TotalCompute { get; }

    /// <summary>
    /// The compute the scheduler may hand out in MHz: the MHz of the enabled cores minus
    /// <see cref="OverrideWithheldCompute"/>, or <see cref="OverrideTotalCompute"/> when set (as Nomad does).
    /// </summary>
    public long UsableCompute { get; }

    /// <summary>The SLIT distance between two NUMA nodes, by node ID.</summary>
    /// <param name="a">A NUMA node ID.</param>
    /// <param name="b">Another NUMA node ID.</param>
    /// <returns>The distance; 10 usually means local.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A node ID is not one of <see cref="NumaNodes"/>.</exception>
    public int Distance(int a, int b) => _distances[IndexOf(a)][IndexOf(b)];

    /// <summary>The NUMA node a PCI device is attached to, comparing bus IDs as <see cref="PciBusId.AreEqual"/> does.</summary>
    /// <param name="busId">A PCI bus ID such as <c>0000:03:00.0</c>.</param>
    /// <returns>The NUMA node ID, or <see langword="null"/> when the bus is unknown.</returns>
    public int? NumaNodeOfBus(string busId) =>
        _busNodes.TryGetValue(PciBusId.Normalize(busId), out var node) ? node : null;

    /// <summary>The cores of one NUMA node, ordered by ID.</summary>
    /// <param name="numaNode">A NUMA node ID.</param>
    /// <returns>The node's cores; empty for an unknown node.</returns>
    public IReadOnlyList<Core> CoresOn(int numaNode) => [.. Cores.Where(c => c.NumaNodeId == numaNode)];

    /// <summary>A builder holding a copy of this topology, to derive a changed one.</summary>
    /// <returns>A builder initialized with every value of this topology.</returns>
    public NodeTopologyBuilder ToBuilder()
    {
        var builder = new NodeTopologyBuilder();
        foreach (var node in NumaNodes)
        {
            builder.AddNumaNode(node, MemoryMB.TryGetValue(node, out var memory) ? memory : null);
        }

        builder.SetDistances(_distances);
        foreach (var core in Cores)
        {
            builder.AddCore(core);
        }

        foreach (var (bus, node) in _busNodes)
        {
            builder.AddPciDevice(bus, node);
        }

        return builder.WithOverrideTotalCompute(OverrideTotalCompute).WithWithheldCompute(OverrideWithheldCompute);
    }

    internal int IndexOf(int numaNode) =>
        _nodeIndex.TryGetValue(numaNode, out var index)
            ? index
            : throw new ArgumentOutOfRangeException(nameof(numaNode), numaNode, $"NUMA node {numaNode} is not part of this topology.");

    internal int DistanceByIndex(int a, int b) => _distances[a][b];
}
