using Nomadic.Core.Scheduling;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>
/// Packs a mixed workload (many small jobs of varied sizes, each planned against the allocations of the ones
/// before, as a cluster fills up) and compares the nodes used with <c>ceil(max(Σcpu/cpu per node, Σmem/mem per node))</c>.
/// </summary>
internal static class PackingQuality
{
    public static (int Used, int LowerBound) Measure(int nodeCount, int jobs, ulong seed, int? nodeLimit = null)
    {
        const long nodeCpu = 8000;
        const long nodeMemory = 16384;
        var nodes = Enumerable.Range(0, nodeCount).Select(i => Node(i, cpu: nodeCpu, memory: nodeMemory)).ToList();
        var engine = new PlacementEngine(new SchedulerOptions { NodeLimitOverride = nodeLimit });
        var allocations = new List<Allocation>();
        var state = seed;
        long cpu = 0, memory = 0;
        for (var j = 0; j < jobs; j++)
        {
            var size = (int)(Next(ref state) % 4);
            var job = Job(1 + (int)(Next(ref state) % 4), cpu: 250 * (1 << size), memory: 512 * (1 << (3 - size)));
            job.ID = $"job{j}";
            var plan = engine.Plan(new PlacementRequest { Job = job, Nodes = nodes, Allocations = allocations, Seed = Next(ref state) });
            foreach (var allocation in plan.ToAllocations())
            {
                allocations.Add(allocation);
                cpu += allocation.AllocatedResources.Tasks["redis"].Cpu.CpuShares;
                memory += allocation.AllocatedResources.Tasks["redis"].Memory.MemoryMB;
            }
        }

        var used = allocations.Select(a => a.NodeID).Distinct().Count();
        var lowerBound = (int)Math.Ceiling(Math.Max((double)cpu / nodeCpu, (double)memory / nodeMemory));
        return (used, lowerBound);
    }

    private static ulong Next(ref ulong state)
    {
        state = (state * 6364136223846793005UL) + 1442695040888963407UL;
        return state >> 33;
    }
}
