namespace Nomadic.Core.Jobs;

/// <summary>A <c>resources</c> block: what the task needs from the node.</summary>
public sealed class Resources
{
    /// <summary>CPU in MHz (<c>cpu</c>; default 100).</summary>
    public int? CPU { get; set; }

    /// <summary>Whole reserved cores; exclusive with <see cref="CPU"/> (<c>cores</c>).</summary>
    public int? Cores { get; set; }

    /// <summary>Memory in MB (<c>memory</c>; default 300).</summary>
    public int? MemoryMB { get; set; }

    /// <summary>The memory the task may burst to, in MB (<c>memory_max</c>).</summary>
    public int? MemoryMaxMB { get; set; }

    /// <summary>Deprecated disk size in MB (<c>disk</c>); use <c>ephemeral_disk</c>.</summary>
    public int? DiskMB { get; set; }

    /// <summary>Deprecated task networks (<c>network</c> blocks); use the group network.</summary>
    public IList<NetworkResource>? Networks { get; set; }

    /// <summary>Requested devices such as GPUs (<c>device</c> blocks).</summary>
    public IList<RequestedDevice>? Devices { get; set; }

    /// <summary>NUMA-aware core placement (<c>numa</c> block).</summary>
    public NumaResource? NUMA { get; set; }

    /// <summary>Deprecated and ignored since Nomad 0.9 (<c>iops</c>).</summary>
    public int? IOPS { get; set; }
}
