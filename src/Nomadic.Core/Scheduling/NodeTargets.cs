using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>Resolves Nomad's interpolated constraint targets (<c>${node.*}</c>, <c>${attr.*}</c>, <c>${meta.*}</c>) against a node.</summary>
internal static class NodeTargets
{
    public static bool TryResolve(string target, ClusterNode node, out string value) =>
        NodeTarget.Parse(target).TryResolve(node, out value);

    /// <summary>Whether a target names something unique to one node, so its result cannot be shared by a computed class.</summary>
    public static bool IsEscaped(string target) =>
        target.Contains("${node.unique.", StringComparison.Ordinal)
        || target.Contains("${attr.unique.", StringComparison.Ordinal)
        || target.Contains("${meta.unique.", StringComparison.Ordinal);
}
