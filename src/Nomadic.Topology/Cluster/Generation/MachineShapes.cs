namespace Nomadic.Topology.Cluster.Generation;

/// <summary>
/// The machines of a generated cluster, built on Nomad's reference topologies (<see cref="KnownTopologies"/>):
/// 1-NUMA-node VMs, 2-socket workstations and 4-NUMA-node r6a.metal servers, the last two also with GPUs.
/// </summary>
internal static class MachineShapes
{
    private static readonly GpuModel T4 = new("Tesla T4", 15360, 70);
    private static readonly GpuModel A100 = new("A100-SXM4-40GB", 40960, 400);

    private static readonly string[] R6aGpuBuses = ["0000:10:1c.0", "0000:20:1c.0", "0000:90:1c.0", "0000:a0:1c.0"];

    public static IReadOnlyList<MachineShape> All { get; } =
    [
        new("small", "general", WithMemory(KnownTopologies.Basic, 16_384), 51_200, "Intel(R) Xeon(R) Platinum 8375C CPU @ 2.90GHz", "m6i.xlarge", null, [], 4),
        new("workstation", "compute", WithMemory(KnownTopologies.Workstation, 32_768), 204_800, "AMD Ryzen Threadripper PRO 5955WX", string.Empty, null, [], 3),
        // Nomad's mock workstation has PCI devices on both NUMA nodes: the first of each node is the GPU here.
        new("workstation-gpu", "gpu", WithMemory(KnownTopologies.Workstation, 32_768), 204_800, "AMD Ryzen Threadripper PRO 5955WX", string.Empty, T4, ["0000:02:00.1", "0000:08:00.1"], 2),
        new("r6a", "highmem", WithMemory(KnownTopologies.R6a, 393_216), 409_600, "AMD EPYC 7R13 Processor", "r6a.metal", null, [], 2),
        new("r6a-gpu", "gpu", WithR6aGpus(WithMemory(KnownTopologies.R6a, 393_216)), 409_600, "AMD EPYC 7R13 Processor", "r6a.metal", A100, R6aGpuBuses, 1),
    ];

    private static NodeTopology WithMemory(NodeTopology topology, long memoryPerNumaNodeMB)
    {
        var builder = topology.ToBuilder();
        foreach (var node in topology.NumaNodes)
        {
            builder.AddNumaNode(node, memoryPerNumaNodeMB);
        }

        return builder.Build();
    }

    /// <summary>One A100 per NUMA node, as on a p4d-like host.</summary>
    private static NodeTopology WithR6aGpus(NodeTopology topology)
    {
        var builder = topology.ToBuilder();
        for (var node = 0; node < R6aGpuBuses.Length; node++)
        {
            builder.AddPciDevice(R6aGpuBuses[node], node);
        }

        return builder.Build();
    }
}
