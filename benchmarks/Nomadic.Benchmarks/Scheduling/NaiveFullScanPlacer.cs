using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;

namespace Nomadic.Benchmarks.Scheduling;

/// <summary>
/// The baseline: for every allocation, check and score every node (driver, constraint by dictionary lookup, fit,
/// bin-pack score) and take the best, with no class cache, no sampling and no precomputation.
/// </summary>
internal static class NaiveFullScanPlacer
{
    public static int Place(ClusterNode[] nodes, int count, long cpu, long memory)
    {
        var usedCpu = new Dictionary<string, long>();
        var usedMemory = new Dictionary<string, long>();
        var placed = 0;
        for (var a = 0; a < count; a++)
        {
            ClusterNode? best = null;
            var bestScore = double.NegativeInfinity;
            foreach (var node in nodes)
            {
                if (!node.Drivers.TryGetValue("docker", out var driver) || !driver.Healthy
                    || !node.Attributes.TryGetValue("kernel.name", out var kernel) || kernel != "linux")
                {
                    continue;
                }

                var capacityCpu = node.NodeResources!.Cpu.CpuShares;
                var capacityMemory = node.NodeResources.Memory.MemoryMB;
                var nodeCpu = usedCpu.GetValueOrDefault(node.ID) + cpu;
                var nodeMemory = usedMemory.GetValueOrDefault(node.ID) + memory;
                if (nodeCpu > capacityCpu || nodeMemory > capacityMemory)
                {
                    continue;
                }

                var score = FitScore.BinPack(capacityCpu, capacityMemory, nodeCpu, nodeMemory);
                if (score > bestScore)
                {
                    (best, bestScore) = (node, score);
                }
            }

            if (best is not null)
            {
                usedCpu[best.ID] = usedCpu.GetValueOrDefault(best.ID) + cpu;
                usedMemory[best.ID] = usedMemory.GetValueOrDefault(best.ID) + memory;
                placed++;
            }
        }

        return placed;
    }
}
