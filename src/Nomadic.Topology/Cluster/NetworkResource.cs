namespace Nomadic.Topology.Cluster;

/// <summary>A network of a node (Nomad's <c>NetworkResource</c>).</summary>
public sealed class NetworkResource
{
    /// <summary>The network mode, e.g. <c>host</c> (<c>Mode</c>).</summary>
    public string Mode { get; init; } = string.Empty;

    /// <summary>The interface name (<c>Device</c>).</summary>
    public string Device { get; init; } = string.Empty;

    /// <summary>The CIDR block (<c>CIDR</c>).</summary>
    public string CIDR { get; init; } = string.Empty;

    /// <summary>The IP address (<c>IP</c>).</summary>
    public string IP { get; init; } = string.Empty;

    /// <summary>The bandwidth in Mbit/s (<c>MBits</c>), deprecated in Nomad.</summary>
    public int MBits { get; init; }

    /// <summary>Reserved static ports (<c>ReservedPorts</c>).</summary>
    public IReadOnlyList<Port> ReservedPorts { get; init; } = [];

    /// <summary>Dynamic ports (<c>DynamicPorts</c>).</summary>
    public IReadOnlyList<Port> DynamicPorts { get; init; } = [];
}

/// <summary>A port (Nomad's <c>Port</c>).</summary>
public sealed class Port
{
    /// <summary>The port's label (<c>Label</c>).</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>The port number (<c>Value</c>).</summary>
    public int Value { get; init; }

    /// <summary>The port mapped to inside the task (<c>To</c>).</summary>
    public int To { get; init; }

    /// <summary>The host network (<c>HostNetwork</c>).</summary>
    public string HostNetwork { get; init; } = string.Empty;
}
