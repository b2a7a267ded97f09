namespace Nomadic.Core.Jobs;

/// <summary>A <c>network</c> block: the network mode and the ports an allocation needs.</summary>
public sealed class NetworkResource
{
    /// <summary><c>host</c>, <c>bridge</c>, <c>none</c> or <c>cni/NAME</c> (<c>mode</c>).</summary>
    public string Mode { get; set; } = "";

    /// <summary>The host device (set by the scheduler).</summary>
    public string Device { get; set; } = "";

    /// <summary>The CIDR (set by the scheduler).</summary>
    public string CIDR { get; set; } = "";

    /// <summary>The IP address (set by the scheduler).</summary>
    public string IP { get; set; } = "";

    /// <summary>DNS settings for bridge networking (<c>dns</c> block).</summary>
    public DnsConfig? DNS { get; set; }

    /// <summary>Ports with a <c>static</c> number (the jobspec moves such <c>port</c> blocks here).</summary>
    public IList<Port>? ReservedPorts { get; set; }

    /// <summary>Ports given a number by the scheduler (<c>port</c> blocks).</summary>
    public IList<Port>? DynamicPorts { get; set; }

    /// <summary>The hostname inside the network namespace (<c>hostname</c>).</summary>
    public string Hostname { get; set; } = "";

    /// <summary>Deprecated bandwidth in Mbit/s (<c>mbits</c>).</summary>
    public int? MBits { get; set; }
}
