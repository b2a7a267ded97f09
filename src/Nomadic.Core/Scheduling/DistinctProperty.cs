namespace Nomadic.Core.Scheduling;

/// <summary>A <c>distinct_property</c> constraint: at most <see cref="Allowed"/> allocations per value of a node property.</summary>
internal sealed class DistinctProperty(string property, int allowed, ClusterState cluster)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly NodeTarget _target = NodeTarget.Parse(property);
    private readonly string?[] _values = Resolve(NodeTarget.Parse(property), cluster);

    public int Allowed { get; } = allowed;

    /// <summary>Whether the candidate lacks the property or its value is used up.</summary>
    public bool Blocks(int candidate) =>
        _values[candidate] is not { } value || _counts.GetValueOrDefault(value) >= Allowed;

    public void CountExisting(Topology.Cluster.ClusterNode node)
    {
        if (_target.TryResolve(node, out var value))
        {
            _counts[value] = _counts.GetValueOrDefault(value) + 1;
        }
    }

    public void Add(int candidate)
    {
        if (_values[candidate] is { } value)
        {
            _counts[value] = _counts.GetValueOrDefault(value) + 1;
        }
    }

    private static string?[] Resolve(NodeTarget target, ClusterState cluster)
    {
        var values = new string?[cluster.Count];
        for (var c = 0; c < values.Length; c++)
        {
            values[c] = target.TryResolve(cluster.Nodes[c], out var value) ? value : null;
        }

        return values;
    }
}
