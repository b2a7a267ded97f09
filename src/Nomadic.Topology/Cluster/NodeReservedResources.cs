namespace Nomadic.Topology.Cluster;

/// <summary>Resources a node withholds from scheduling (Nomad's <c>NodeReservedResources</c>).</summary>
public sealed class NodeReservedResources
{
    /// <summary>Reserved CPU (<c>Cpu</c>).</summary>
    public NodeReservedCpuResources Cpu { get; init; } = new();

    /// <summary>Reserved memory (<c>Memory</c>).</summary>
    public NodeReservedMemoryResources Memory { get; init; } = new();

    /// <summary>Reserved disk (<c>Disk</c>).</summary>
    public NodeReservedDiskResources Disk { get; init; } = new();

    /// <summary>Reserved host ports (<c>Networks</c>).</summary>
    public NodeReservedNetworkResources Networks { get; init; } = new();
}

/// <summary>Reserved CPU (Nomad's <c>NodeReservedCpuResources</c>).</summary>
public sealed class NodeReservedCpuResources
{
    /// <summary>Reserved MHz (<c>CpuShares</c>).</summary>
    public long CpuShares { get; init; }
}

/// <summary>Reserved memory (Nomad's <c>NodeReservedMemoryResources</c>).</summary>
public sealed class NodeReservedMemoryResources
{
    /// <summary>Reserved MB (<c>MemoryMB</c>).</summary>
    public long MemoryMB { get; init; }
}

/// <summary>Reserved disk (Nomad's <c>NodeReservedDiskResources</c>).</summary>
public sealed class NodeReservedDiskResources
{
    /// <summary>Reserved MB (<c>DiskMB</c>).</summary>
    public long DiskMB { get; init; }
}

/// <summary>Reserved host ports (Nomad's <c>NodeReservedNetworkResources</c>).</summary>
public sealed class NodeReservedNetworkResources
{
    /// <summary>The reserved ports in Nomad's list syntax, e.g. <c>22,80,8000-8100</c> (<c>ReservedHostPorts</c>).</summary>
    public string ReservedHostPorts { get; init; } = string.Empty;
}
