namespace Nomadic.Topology.Cluster;

/// <summary>A group of identical devices on a node (Nomad's <c>NodeDeviceResource</c>).</summary>
public sealed class NodeDeviceResource
{
    /// <summary>The vendor, e.g. <c>nvidia</c> (<c>Vendor</c>).</summary>
    public string Vendor { get; init; } = string.Empty;

    /// <summary>The type, e.g. <c>gpu</c> (<c>Type</c>).</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The model, e.g. <c>1080ti</c> (<c>Name</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The device instances (<c>Instances</c>).</summary>
    public IReadOnlyList<NodeDevice> Instances { get; init; } = [];

    /// <summary>The devices' attributes (<c>Attributes</c>).</summary>
    public IReadOnlyDictionary<string, DeviceAttribute> Attributes { get; init; } = new Dictionary<string, DeviceAttribute>();
}

/// <summary>One device instance (Nomad's <c>NodeDevice</c>).</summary>
public sealed class NodeDevice
{
    /// <summary>The instance ID (<c>ID</c>).</summary>
    public string ID { get; init; } = string.Empty;

    /// <summary>Whether the instance is healthy (<c>Healthy</c>).</summary>
    public bool Healthy { get; init; }

    /// <summary>Why the instance is or is not healthy (<c>HealthDescription</c>).</summary>
    public string HealthDescription { get; init; } = string.Empty;

    /// <summary>Where the device sits in the hardware (<c>Locality</c>).</summary>
    public NodeDeviceLocality? Locality { get; init; }
}

/// <summary>A device's hardware locality (Nomad's <c>NodeDeviceLocality</c>).</summary>
public sealed class NodeDeviceLocality
{
    /// <summary>The PCI bus ID, e.g. <c>00000000:02:00.1</c> (<c>PciBusID</c>).</summary>
    public string PciBusID { get; init; } = string.Empty;
}

/// <summary>A typed device attribute (Nomad's <c>Attribute</c>): exactly one value is normally set.</summary>
public sealed class DeviceAttribute
{
    /// <summary>A floating-point value (<c>Float</c>).</summary>
    public double? Float { get; init; }

    /// <summary>An integer value (<c>Int</c>).</summary>
    public long? Int { get; init; }

    /// <summary>A string value (<c>String</c>).</summary>
    public string? String { get; init; }

    /// <summary>A boolean value (<c>Bool</c>).</summary>
    public bool? Bool { get; init; }

    /// <summary>The unit of a numeric value, e.g. <c>MiB</c> (<c>Unit</c>).</summary>
    public string Unit { get; init; } = string.Empty;
}
