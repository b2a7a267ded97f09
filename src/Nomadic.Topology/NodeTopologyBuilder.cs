namespace Nomadic.Topology;

/// <summary>Builds an immutable <see cref="NodeTopology"/>, validating it as a whole in <see cref="Build"/>.</summary>
public sealed class NodeTopologyBuilder
{
    private readonly SortedDictionary<int, long?> _nodes = [];
    private readonly SortedDictionary<int, Core> _cores = [];
    private readonly Dictionary<string, int> _buses = new(StringComparer.Ordinal);
    private readonly HashSet<int> _disabled = [];
    private int[][]? _distances;
    private long _overrideTotalCompute;
    private long _withheldCompute;

    /// <summary>Adds a NUMA node, optionally with its memory.</summary>
    /// <param name="id">The node ID (0 or more).</param>
    /// <param name="memoryMB">The node's memory in MB, or <see langword="null"/> when unknown.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder AddNumaNode(int id, long? memoryMB = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        if (memoryMB is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(memoryMB), memoryMB, "Memory cannot be negative.");
        }

        _nodes[id] = memoryMB;
        return this;
    }

    /// <summary>Sets the SLIT distance matrix, indexed in ascending NUMA node ID order.</summary>
    /// <param name="distances">One row per NUMA node, each with one entry per NUMA node.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder SetDistances(IEnumerable<IEnumerable<int>> distances)
    {
        ArgumentNullException.ThrowIfNull(distances);
        _distances = [.. distances.Select(row => row.ToArray())];
        return this;
    }

    /// <summary>Adds a logical core; a later core with the same ID replaces the earlier one.</summary>
    /// <param name="core">The core.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder AddCore(Core core)
    {
        _cores[core.Id] = core;
        return this;
    }

    /// <summary>Records the NUMA node a PCI bus is attached to.</summary>
    /// <param name="busId">The bus ID, e.g. <c>0000:03:00.0</c>; it is stored normalized.</param>
    /// <param name="numaNode">The NUMA node ID.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder AddPciDevice(string busId, int numaNode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(busId);
        _buses[PciBusId.Normalize(busId)] = numaNode;
        return this;
    }

    /// <summary>Disables cores (Nomad's <c>reserved.cores</c>): the scheduler never hands them out.</summary>
    /// <param name="coreIds">The core IDs; IDs the topology lacks are ignored, as Nomad ignores them.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder DisableCores(IEnumerable<int> coreIds)
    {
        ArgumentNullException.ThrowIfNull(coreIds);
        _disabled.UnionWith(coreIds);
        return this;
    }

    /// <summary>Sets the <c>cpu_total_compute</c> override in MHz (0 for none).</summary>
    /// <param name="mhz">The total compute.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder WithOverrideTotalCompute(long mhz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mhz);
        _overrideTotalCompute = mhz;
        return this;
    }

    /// <summary>Sets the compute withheld from scheduling in MHz (Nomad's <c>reserved.cpu</c>).</summary>
    /// <param name="mhz">The withheld compute.</param>
    /// <returns>This builder.</returns>
    public NodeTopologyBuilder WithWithheldCompute(long mhz)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(mhz);
        _withheldCompute = mhz;
        return this;
    }

    /// <summary>
    /// Validates and builds the topology. Without distances, a matrix of 10 (local) and 20 (remote) is assumed;
    /// NUMA nodes that cores or PCI buses name are added implicitly.
    /// </summary>
    /// <returns>The topology.</returns>
    /// <exception cref="InvalidOperationException">The parts do not form a consistent topology; the message says why.</exception>
    public NodeTopology Build()
    {
        var nodes = new SortedDictionary<int, long?>(_nodes);
        foreach (var core in _cores.Values)
        {
            nodes.TryAdd(core.NumaNodeId, null);
        }

        foreach (var node in _buses.Values)
        {
            nodes.TryAdd(node, null);
        }

        var ids = nodes.Keys.ToArray();
        var distances = _distances ?? DefaultDistances(ids.Length);
        Validate(ids, distances);
        var cores = _cores.Values
            .Select(c => _disabled.Contains(c.Id) ? c with { Disabled = true } : c)
            .ToArray();
        var memory = nodes.Where(p => p.Value.HasValue).ToDictionary(p => p.Key, p => p.Value!.Value);
        return new NodeTopology(
            ids,
            [.. distances.Select(row => row.ToArray())],
            cores,
            memory,
            _buses,
            _overrideTotalCompute,
            _withheldCompute);
    }

    private void Validate(int[] ids, int[][] distances)
    {
        if (distances.Length != ids.Length || distances.Any(row => row.Length != ids.Length))
        {
            throw new InvalidOperationException(
                $"The distance matrix must be {ids.Length}x{ids.Length}, one row and column per NUMA node ({CpuList.Format(ids)}).");
        }

        if (distances.Any(row => row.Any(d => d is < 0 or > 255)))
        {
            throw new InvalidOperationException("SLIT distances must lie between 0 and 255.");
        }

        foreach (var core in _cores.Values)
        {
            if (core.Id < 0 || core.SocketId < 0 || core.NumaNodeId < 0)
            {
                throw new InvalidOperationException($"Core {core.Id} has a negative ID, socket or NUMA node.");
            }

            if (core.BaseSpeed < 0 || core.MaxSpeed < 0 || core.GuessSpeed < 0)
            {
                throw new InvalidOperationException($"Core {core.Id} has a negative speed.");
            }
        }
    }

    private static int[][] DefaultDistances(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Enumerable.Range(0, count).Select(j => i == j ? 10 : 20).ToArray())];
}
