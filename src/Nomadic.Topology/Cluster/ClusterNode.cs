namespace Nomadic.Topology.Cluster;

/// <summary>A cluster node in the shape of Nomad's node JSON (<c>GET /v1/node/:id</c>). Unknown fields are ignored when read.</summary>
public sealed class ClusterNode
{
    /// <summary>The node's UUID (<c>ID</c>).</summary>
    public string ID { get; init; } = string.Empty;

    /// <summary>The node's name (<c>Name</c>).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The datacenter (<c>Datacenter</c>).</summary>
    public string Datacenter { get; init; } = string.Empty;

    /// <summary>The node pool (<c>NodePool</c>); Nomad's default pool is <c>default</c>.</summary>
    public string NodePool { get; init; } = "default";

    /// <summary>The node class (<c>NodeClass</c>), possibly empty.</summary>
    public string NodeClass { get; init; } = string.Empty;

    /// <summary>The HTTP address of the client agent (<c>HTTPAddr</c>).</summary>
    public string HTTPAddr { get; init; } = string.Empty;

    /// <summary>The status (<c>Status</c>): <c>initializing</c>, <c>ready</c>, <c>down</c> or <c>disconnected</c>.</summary>
    public string Status { get; init; } = "ready";

    /// <summary>A human-readable reason for the status (<c>StatusDescription</c>).</summary>
    public string StatusDescription { get; init; } = string.Empty;

    /// <summary>Whether the node is draining (<c>Drain</c>).</summary>
    public bool Drain { get; init; }

    /// <summary><c>eligible</c> or <c>ineligible</c> (<c>SchedulingEligibility</c>).</summary>
    public string SchedulingEligibility { get; init; } = "eligible";

    /// <summary>Fingerprinted attributes such as <c>cpu.totalcompute</c> and <c>kernel.name</c> (<c>Attributes</c>).</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();

    /// <summary>Operator metadata (<c>Meta</c>).</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();

    /// <summary>Task drivers by name (<c>Drivers</c>).</summary>
    public IReadOnlyDictionary<string, DriverInfo> Drivers { get; init; } = new Dictionary<string, DriverInfo>();

    /// <summary>The node's resources (<c>NodeResources</c>).</summary>
    public NodeResources? NodeResources { get; init; }

    /// <summary>The resources reserved for the operating system and agent (<c>ReservedResources</c>).</summary>
    public NodeReservedResources? ReservedResources { get; init; }

    /// <summary>The Raft index that created the node (<c>CreateIndex</c>).</summary>
    public ulong CreateIndex { get; init; }

    /// <summary>The Raft index that last modified the node (<c>ModifyIndex</c>).</summary>
    public ulong ModifyIndex { get; init; }
}
