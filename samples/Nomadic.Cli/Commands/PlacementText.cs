using System.Globalization;
using Nomadic.Core.Scheduling;
using Nomadic.Topology;
using Nomadic.Topology.Cluster;

namespace Nomadic.Cli.Commands;

/// <summary>
/// Describes where an allocation landed: <c>node (dc1, cores 4-7 on NUMA node 1)</c> for tasks with reserved
/// cores, <c>node (dc1, 500 MHz, 256 MB)</c> otherwise.
/// </summary>
internal static class PlacementText
{
    public static string Describe(Allocation allocation, ClusterNode node)
    {
        var tasks = allocation.AllocatedResources.Tasks;
        var parts = new List<string> { node.Datacenter };
        var withCores = tasks.Where(t => t.Value.Cpu.ReservedCores.Count > 0).OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        if (withCores.Count == 0)
        {
            var c = CultureInfo.InvariantCulture;
            parts.Add(string.Create(c, $"{tasks.Values.Sum(t => t.Cpu.CpuShares)} MHz"));
            parts.Add(string.Create(c, $"{tasks.Values.Sum(t => t.Memory.MemoryMB)} MB"));
        }
        else
        {
            foreach (var (task, resources) in withCores)
            {
                var cores = Cores(resources, node.NodeResources?.Processors.Topology);
                parts.Add(tasks.Count == 1 ? cores : $"{task}: {cores}");
            }
        }

        return $"{node.Name} ({string.Join(", ", parts)})";
    }

    private static string Cores(AllocatedTaskResources resources, NodeTopology? topology)
    {
        var ids = resources.Cpu.ReservedCores;
        var cores = $"cores {CpuList.Format(ids)}";
        if (resources.NumaNode is { } numaNode)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{cores} on NUMA node {numaNode}");
        }

        var numaNodes = topology is null ? [] : topology.Cores.Where(core => ids.Contains(core.Id)).Select(core => core.NumaNodeId).Distinct().ToList();
        return numaNodes.Count == 0 ? cores : $"{cores} on NUMA nodes {CpuList.Format(numaNodes)}";
    }
}
