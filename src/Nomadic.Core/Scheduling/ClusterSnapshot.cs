using System.Collections;
using System.Collections.Concurrent;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// An immutable copy of a cluster's node list with everything the scheduler reads from a node that does not depend
/// on the job (readiness, pool and datacenter, capacity minus reserved resources, reserved ports, computed class, and
/// the values of the attributes spreads name) worked out once. A host that plans many jobs against the same nodes
/// builds one and passes it as <see cref="PlacementRequest.Nodes"/>; a plain list makes the engine build a throwaway
/// one for every plan. Plans are the same either way. Safe to share between threads and plans.
/// </summary>
/// <remarks>
/// The snapshot copies the list, so adding, removing or replacing nodes in the list afterwards does not change it.
/// Like the engine, it treats each <see cref="ClusterNode"/> object as immutable: when a node changes (status,
/// attributes, resources), create a new node object and a new snapshot.
/// </remarks>
public sealed class ClusterSnapshot : IReadOnlyList<ClusterNode>
{
    private static readonly ComputedClass SharedClasses = new();
    private readonly IReadOnlyList<ClusterNode> _nodes;
    private readonly HashSet<int>?[]? _reservedPorts;
    private readonly ConcurrentDictionary<string, NodeValueIndex> _values = new(StringComparer.Ordinal);

    /// <summary>Copies and indexes the nodes.</summary>
    /// <param name="nodes">Every node of the cluster, in any status; their order is the order of <see cref="Placement.NodeOrdinal"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="nodes"/> or one of its nodes is null.</exception>
    public ClusterSnapshot(IEnumerable<ClusterNode> nodes)
        : this([.. nodes ?? throw new ArgumentNullException(nameof(nodes))], SharedClasses)
    {
    }

    /// <summary>Indexes the nodes without copying the list; the engine uses it for a list it plans on once.</summary>
    internal ClusterSnapshot(IReadOnlyList<ClusterNode> nodes, ComputedClass classes)
    {
        _nodes = nodes;
        Capacity = new NodeCapacity[nodes.Count];
        ClassOf = new int[nodes.Count];
        PlacementGroupOf = new int[nodes.Count];
        var classIds = new Dictionary<ClassKey, int>();
        var groupIds = new Dictionary<(string Pool, string Datacenter), int>();
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i] ?? throw new ArgumentNullException(nameof(nodes), "The node list holds a null node.");
            if (!ClusterState.IsReady(node))
            {
                ClassOf[i] = PlacementGroupOf[i] = -1;
                continue;
            }

            PlacementGroupOf[i] = IdOf(groupIds, (node.NodePool, node.Datacenter));
            ClassOf[i] = IdOf(classIds, classes.KeyOf(node));
            Capacity[i] = ClusterState.CapacityOf(node);
            if (ClusterState.ReservedPorts(node) is { } reserved)
            {
                (_reservedPorts ??= new HashSet<int>?[nodes.Count])[i] = reserved;
            }
        }

        ClassCount = classIds.Count;
        PlacementGroups = new (string Pool, string Datacenter)[groupIds.Count];
        foreach (var pair in groupIds)
        {
            PlacementGroups[pair.Value] = pair.Key;
        }
    }

    /// <summary>The number of nodes.</summary>
    public int Count => _nodes.Count;

    /// <summary>Each ready node's capacity minus its reserved resources.</summary>
    internal NodeCapacity[] Capacity { get; }

    /// <summary>Each ready node's computed class id, -1 for nodes that are not ready.</summary>
    internal int[] ClassOf { get; }

    /// <summary>The number of distinct computed classes.</summary>
    internal int ClassCount { get; }

    /// <summary>
    /// Each ready node's (pool, datacenter) pair id, -1 for nodes that are not ready, so a plan checks its pool and
    /// datacenter patterns once per pair; ids are numbered in the order the pairs first appear.
    /// </summary>
    internal int[] PlacementGroupOf { get; }

    /// <summary>The (pool, datacenter) pairs by id.</summary>
    internal (string Pool, string Datacenter)[] PlacementGroups { get; }

    /// <summary>The node at a position.</summary>
    /// <param name="index">The node's position in the list the snapshot was built from.</param>
    /// <returns>The node.</returns>
    public ClusterNode this[int index] => _nodes[index];

    /// <summary>Enumerates the nodes in order.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<ClusterNode> GetEnumerator() => _nodes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The value every node has for a spread attribute (<c>${meta.rack}</c>), resolved on first use and kept.</summary>
    internal NodeValueIndex ValuesOf(string attribute) =>
        _values.GetOrAdd(attribute, static (key, nodes) => new NodeValueIndex(NodeTarget.Parse(key), nodes), _nodes);

    /// <summary>A ready node's reserved host ports, null when it reserves none; shared by every plan, never modified.</summary>
    internal HashSet<int>? ReservedPortsOf(int node) => _reservedPorts?[node];

    private static int IdOf<TKey>(Dictionary<TKey, int> ids, TKey key)
        where TKey : notnull
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids.Add(key, id);
        }

        return id;
    }
}
