using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// A constraint or spread target parsed once (<c>${attr.kernel.name}</c> becomes an attribute lookup of
/// <c>kernel.name</c>), so resolving it against many nodes allocates nothing.
/// </summary>
internal readonly struct NodeTarget
{
    private readonly Kind _kind;
    private readonly string _key;

    private NodeTarget(Kind kind, string key)
    {
        _kind = kind;
        _key = key;
    }

    private enum Kind
    {
        Literal,
        Unknown,
        Id,
        Name,
        Datacenter,
        Class,
        Pool,
        Attribute,
        Meta,
    }

    public static NodeTarget Parse(string target)
    {
        if (!target.StartsWith("${", StringComparison.Ordinal) || !target.EndsWith('}'))
        {
            return new NodeTarget(Kind.Literal, target);
        }

        var name = target[2..^1];
        return name switch
        {
            "node.unique.id" => new NodeTarget(Kind.Id, name),
            "node.unique.name" => new NodeTarget(Kind.Name, name),
            "node.datacenter" => new NodeTarget(Kind.Datacenter, name),
            "node.class" => new NodeTarget(Kind.Class, name),
            "node.pool" => new NodeTarget(Kind.Pool, name),
            _ when name.StartsWith("attr.", StringComparison.Ordinal) => new NodeTarget(Kind.Attribute, name[5..]),
            _ when name.StartsWith("meta.", StringComparison.Ordinal) => new NodeTarget(Kind.Meta, name[5..]),
            _ => new NodeTarget(Kind.Unknown, name),
        };
    }

    public bool TryResolve(ClusterNode node, out string value)
    {
        string? found = _kind switch
        {
            Kind.Literal => _key,
            Kind.Id => node.ID,
            Kind.Name => node.Name,
            Kind.Datacenter => node.Datacenter,
            Kind.Class => node.NodeClass,
            Kind.Pool => node.NodePool,
            Kind.Attribute => node.Attributes.TryGetValue(_key, out var a) ? a : null,
            Kind.Meta => node.Meta.TryGetValue(_key, out var m) ? m : null,
            _ => null,
        };
        value = found ?? string.Empty;
        return found is not null;
    }
}
