namespace Nomadic.Topology.Cluster;

/// <summary>A node's resources (Nomad's <c>NodeResources</c>).</summary>
public sealed class NodeResources
{
    /// <summary>The legacy CPU summary (<c>Cpu</c>).</summary>
    public NodeCpuResources Cpu { get; init; } = new();

    /// <summary>Memory (<c>Memory</c>).</summary>
    public NodeMemoryResources Memory { get; init; } = new();

    /// <summary>Disk (<c>Disk</c>).</summary>
    public NodeDiskResources Disk { get; init; } = new();

    /// <summary>Network interfaces (<c>Networks</c>).</summary>
    public IReadOnlyList<NetworkResource> Networks { get; init; } = [];

    /// <summary>Devices such as GPUs (<c>Devices</c>).</summary>
    public IReadOnlyList<NodeDeviceResource> Devices { get; init; } = [];

    /// <summary>The CPU hardware, NUMA topology included (<c>Processors</c>).</summary>
    public NodeProcessorResources Processors { get; init; } = new();

    /// <summary>The lowest dynamic port (<c>MinDynamicPort</c>).</summary>
    public int MinDynamicPort { get; init; }

    /// <summary>The highest dynamic port (<c>MaxDynamicPort</c>).</summary>
    public int MaxDynamicPort { get; init; }
}

/// <summary>The legacy CPU summary of a node (Nomad's <c>NodeCpuResources</c>).</summary>
public sealed class NodeCpuResources
{
    /// <summary>The usable compute in MHz (<c>CpuShares</c>).</summary>
    public long CpuShares { get; init; }

    /// <summary>The number of logical cores (<c>TotalCpuCores</c>).</summary>
    public int TotalCpuCores { get; init; }

    /// <summary>The IDs of the cores tasks may reserve (<c>ReservableCpuCores</c>).</summary>
    public IReadOnlyList<int> ReservableCpuCores { get; init; } = [];
}

/// <summary>A node's memory (Nomad's <c>NodeMemoryResources</c>).</summary>
public sealed class NodeMemoryResources
{
    /// <summary>Memory in MB (<c>MemoryMB</c>).</summary>
    public long MemoryMB { get; init; }
}

/// <summary>A node's disk (Nomad's <c>NodeDiskResources</c>).</summary>
public sealed class NodeDiskResources
{
    /// <summary>Disk space in MB (<c>DiskMB</c>).</summary>
    public long DiskMB { get; init; }
}

/// <summary>A node's CPU hardware (Nomad's <c>NodeProcessorResources</c>).</summary>
public sealed class NodeProcessorResources
{
    /// <summary>The NUMA topology (<c>Topology</c>), or <see langword="null"/> when the node did not report one.</summary>
    public NodeTopology? Topology { get; init; }
}
