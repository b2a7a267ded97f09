namespace Nomadic.Topology.Cluster;

/// <summary>A task driver's state on a node (Nomad's <c>DriverInfo</c>).</summary>
public sealed class DriverInfo
{
    /// <summary>The driver's fingerprinted attributes (<c>Attributes</c>).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the driver was detected (<c>Detected</c>).</summary>
    public bool Detected { get; init; }

    /// <summary>Whether the driver is healthy (<c>Healthy</c>).</summary>
    public bool Healthy { get; init; }

    /// <summary>Why the driver is or is not healthy (<c>HealthDescription</c>).</summary>
    public string HealthDescription { get; init; } = string.Empty;
}
