using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// The values of one node target (<c>${meta.rack}</c>) over a snapshot's nodes, as small integer ids, so spreads
/// read a node's value with one array read and count values in arrays. Immutable once built.
/// </summary>
internal sealed class NodeValueIndex
{
    public NodeValueIndex(NodeTarget target, IReadOnlyList<ClusterNode> nodes)
    {
        IdOfNode = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!target.TryResolve(nodes[i], out var value))
            {
                IdOfNode[i] = -1;
                continue;
            }

            if (!Ids.TryGetValue(value, out var id))
            {
                id = Ids.Count;
                Ids.Add(value, id);
            }

            IdOfNode[i] = id;
        }
    }

    /// <summary>The value id of each node, -1 when the node lacks the target.</summary>
    public int[] IdOfNode { get; }

    /// <summary>The id of every value some node has, numbered from 0 in order of first appearance.</summary>
    public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);
}
