namespace Nomadic.Topology.Cluster.Generation;

/// <summary>One kind of machine the generator builds: hardware, node class and how often it occurs.</summary>
/// <param name="Kind">A short name, e.g. <c>workstation-gpu</c>.</param>
/// <param name="NodeClass">The Nomad node class given to such machines.</param>
/// <param name="Topology">The NUMA topology, with memory per NUMA node and the GPUs' PCI buses.</param>
/// <param name="DiskMB">The disk in MB.</param>
/// <param name="CpuModel">The <c>cpu.modelname</c> attribute.</param>
/// <param name="InstanceType">The <c>platform.aws.instance-type</c> attribute, or empty for none.</param>
/// <param name="Gpu">The GPU model, or <see langword="null"/> for a machine without GPUs.</param>
/// <param name="GpuBusIds">The PCI bus of each GPU; the topology maps each to its NUMA node.</param>
/// <param name="Weight">How often the shape is drawn, relative to the others.</param>
internal sealed record MachineShape(
    string Kind,
    string NodeClass,
    NodeTopology Topology,
    long DiskMB,
    string CpuModel,
    string InstanceType,
    GpuModel? Gpu,
    IReadOnlyList<string> GpuBusIds,
    int Weight)
{
    public long MemoryMB => Topology.MemoryMB.Values.Sum();
}

/// <summary>An NVIDIA GPU model as Nomad's nvidia device plugin reports it.</summary>
/// <param name="Name">The device name, e.g. <c>Tesla T4</c>.</param>
/// <param name="MemoryMiB">The device memory in MiB.</param>
/// <param name="PowerWatts">The power limit in W.</param>
internal sealed record GpuModel(string Name, long MemoryMiB, long PowerWatts);
