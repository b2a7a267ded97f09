namespace Nomadic.Topology.Cluster.Generation;

/// <summary>What <see cref="ClusterGenerator"/> builds: how many nodes, where, and from which seed.</summary>
public sealed class ClusterGenerationOptions
{
    /// <summary>The largest cluster the generator builds.</summary>
    public const int MaxNodeCount = 1_000_000;

    /// <summary>The number of nodes. Default 12.</summary>
    public int NodeCount { get; init; } = 12;

    /// <summary>The seed: the same seed and options give the same cluster, IDs included. Default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>The datacenters the nodes are spread over, round robin. Default <c>dc1</c>, <c>dc2</c>, <c>dc3</c>.</summary>
    public IReadOnlyList<string> Datacenters { get; init; } = ["dc1", "dc2", "dc3"];

    /// <summary>The racks per datacenter, named <c>dcN-rM</c> in <c>meta.rack</c>. Default 2.</summary>
    public int RacksPerDatacenter { get; init; } = 2;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The node count or rack count is out of range.</exception>
    /// <exception cref="ArgumentException">No datacenter, or an empty or repeated datacenter name.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(NodeCount, nameof(NodeCount));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(NodeCount, MaxNodeCount, nameof(NodeCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(RacksPerDatacenter, 1, nameof(RacksPerDatacenter));
        ArgumentNullException.ThrowIfNull(Datacenters, nameof(Datacenters));
        if (Datacenters.Count == 0 || Datacenters.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one datacenter, none of them empty.", nameof(Datacenters));
        }

        if (Datacenters.Distinct(StringComparer.Ordinal).Count() != Datacenters.Count)
        {
            throw new ArgumentException("Datacenter names must be unique.", nameof(Datacenters));
        }
    }
}
