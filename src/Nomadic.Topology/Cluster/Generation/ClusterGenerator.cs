using System.Globalization;

namespace Nomadic.Topology.Cluster.Generation;

/// <summary>
/// Builds a varied, deterministic cluster in Nomad's node shape, for samples, tests and benchmarks: nodes spread
/// round robin over datacenters and racks (<c>meta.rack</c>), 1-, 2- and 4-NUMA-node machines from
/// <see cref="KnownTopologies"/>, some with NVIDIA GPUs, the docker, exec and (on some) raw_exec drivers, and the
/// attributes Nomad fingerprints (<c>kernel.name</c>, <c>cpu.arch</c>, <c>unique.hostname</c>, ...).
/// </summary>
public static class ClusterGenerator
{
    /// <summary>Generates a cluster; the same options always give the same nodes, IDs included.</summary>
    /// <param name="options">The size, datacenters, racks and seed; the defaults when null.</param>
    /// <returns>The nodes, numbered from 1 in the last part of their names.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IReadOnlyList<ClusterNode> Generate(ClusterGenerationOptions? options = null)
    {
        options ??= new ClusterGenerationOptions();
        options.Validate();
        var random = new SplitMix64(options.Seed);
        var shapes = DrawShapes(options.NodeCount, ref random);
        var nodes = new ClusterNode[options.NodeCount];
        for (var i = 0; i < nodes.Length; i++)
        {
            var datacenter = options.Datacenters[i % options.Datacenters.Count];
            var rack = string.Create(CultureInfo.InvariantCulture, $"{datacenter}-r{(i / options.Datacenters.Count % options.RacksPerDatacenter) + 1}");
            var name = string.Create(CultureInfo.InvariantCulture, $"{rack}-{i + 1:D3}");
            nodes[i] = GeneratedNode.Build(new NodePlacement(name, datacenter, rack, i), shapes[i], ref random);
        }

        return nodes;
    }

    /// <summary>Every shape appears once among the first nodes (so small clusters are varied), then by weight; then shuffled.</summary>
    private static MachineShape[] DrawShapes(int count, ref SplitMix64 random)
    {
        var all = MachineShapes.All;
        var totalWeight = all.Sum(s => s.Weight);
        var shapes = new MachineShape[count];
        for (var i = 0; i < count; i++)
        {
            shapes[i] = i < all.Count ? all[i] : ByWeight(all, random.Below(totalWeight));
        }

        random.Shuffle(shapes);
        return shapes;
    }

    private static MachineShape ByWeight(IReadOnlyList<MachineShape> shapes, int draw)
    {
        foreach (var shape in shapes)
        {
            if (draw < shape.Weight)
            {
                return shape;
            }

            draw -= shape.Weight;
        }

        return shapes[^1];
    }
}
