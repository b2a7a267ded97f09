using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>Resolves Nomad's interpolated constraint targets (<c>${node.*}</c>, <c>${attr.*}</c>, <c>${meta.*}</c>) against a node.</summary>
internal static class NodeTargets
{
    public static bool TryResolve(string target, ClusterNode node, out string value)
    {
        if (!target.StartsWith("${", StringComparison.Ordinal) || !target.EndsWith('}'))
        {
            value = target;
            return true;
        }

        var name = target.AsSpan(2, target.Length - 3);
        string? found = name switch
        {
            "node.unique.id" => node.ID,
            "node.unique.name" => node.Name,
            "node.datacenter" => node.Datacenter,
            "node.class" => node.NodeClass,
            "node.pool" => node.NodePool,
            _ when name.StartsWith("attr.") => node.Attributes.TryGetValue(name[5..].ToString(), out var a) ? a : null,
            _ when name.StartsWith("meta.") => node.Meta.TryGetValue(name[5..].ToString(), out var m) ? m : null,
            _ => null,
        };
        value = found ?? string.Empty;
        return found is not null;
    }

    /// <summary>Whether a target names something unique to one node, so its result cannot be shared by a computed class.</summary>
    public static bool IsEscaped(string target) =>
        target.Contains("${node.unique.", StringComparison.Ordinal)
        || target.Contains("${attr.unique.", StringComparison.Ordinal)
        || target.Contains("${meta.unique.", StringComparison.Ordinal);
}
