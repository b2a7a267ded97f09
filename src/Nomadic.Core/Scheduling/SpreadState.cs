using System.Runtime.CompilerServices;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// One <c>spread</c> block of a group: each candidate's value of the attribute, how many of the group's
/// allocations use each value (existing plus proposed), and the desired count of each target.
/// </summary>
internal sealed class SpreadState
{
    private readonly NodeTarget _target;
    private readonly NodeValueIndex _index;
    private readonly List<int> _counts = [];
    private readonly List<double> _desired = [];
    private Dictionary<string, int>? _extraIds;
    private long _minCount;
    private long _maxCount;
    private double[] _evenBoost;

    public SpreadState(string attribute, int weight, IReadOnlyList<(string Value, double Desired)> targets, double implicitDesired, ClusterState cluster)
    {
        Attribute = attribute;
        Weight = weight;
        HasTargets = targets.Count > 0;
        ImplicitDesired = implicitDesired;
        _target = NodeTarget.Parse(attribute);

        // Value ids come from the snapshot, so resolving every node's value is paid once per snapshot, not per plan.
        _index = cluster.Snapshot.ValuesOf(attribute);
        for (var id = 0; id < _index.Ids.Count; id++)
        {
            _counts.Add(0);
            _desired.Add(double.NaN);
        }

        foreach (var (value, desired) in targets)
        {
            _desired[IdOf(value)] = desired;
        }

        // Every even boost is 0 until BeginSelect takes the counts; system jobs never select, so theirs stay 0.
        _evenBoost = new double[_counts.Count + 1];
        ValueOf = new int[cluster.Count];
        for (var c = 0; c < cluster.Count; c++)
        {
            ValueOf[c] = _index.IdOfNode[cluster.RequestOrdinal[c]];
        }
    }

    public string Attribute { get; }

    public int Weight { get; }

    public bool HasTargets { get; }

    public double ImplicitDesired { get; }

    /// <summary>The value id of each candidate's attribute, -1 when the node lacks it.</summary>
    public int[] ValueOf { get; }

    public void CountExisting(ClusterNode node)
    {
        if (_target.TryResolve(node, out var value))
        {
            _counts[IdOf(value)]++;
        }
    }

    public void Add(int candidate)
    {
        if (ValueOf[candidate] >= 0)
        {
            _counts[ValueOf[candidate]]++;
        }
    }

    /// <summary>
    /// Takes the smallest and largest used count once per selection (counts do not change while one runs) and,
    /// for an even spread, the boost of every value, so scoring a node is one array read.
    /// </summary>
    public void BeginSelect()
    {
        CountRange();
        if (HasTargets)
        {
            return;
        }

        // Slot 0 is for nodes that lack the attribute, so scoring a node is one read without branches.
        if (_evenBoost.Length < _counts.Count + 1)
        {
            _evenBoost = new double[_counts.Count + 1];
        }

        _evenBoost[0] = _maxCount == 0 ? 0.0 : -1.0;
        for (var id = 0; id < _counts.Count; id++)
        {
            _evenBoost[id + 1] = _maxCount == 0 ? 0.0 : EvenBoostOf(id);
        }
    }

    private void CountRange()
    {
        _minCount = 0;
        _maxCount = 0;
        foreach (var count in _counts)
        {
            if (count == 0)
            {
                continue;
            }

            if (_minCount == 0 || count < _minCount)
            {
                _minCount = count;
            }

            if (_maxCount == 0 || count > _maxCount)
            {
                _maxCount = count;
            }
        }
    }

    public int UsedAt(int candidate) => ValueOf[candidate] >= 0 ? _counts[ValueOf[candidate]] : 0;

    /// <summary>The desired count for the candidate's value (its target, else the implicit <c>*</c>), or NaN when none applies.</summary>
    public double DesiredAt(int candidate)
    {
        var id = ValueOf[candidate];
        return id >= 0 && !double.IsNaN(_desired[id]) ? _desired[id] : ImplicitDesired;
    }

    /// <summary>Nomad's <c>evenSpreadScoreBoost</c>, in [-1, 1], as taken by <see cref="BeginSelect"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double EvenBoost(int candidate) => _evenBoost[ValueOf[candidate] + 1];

    private double EvenBoostOf(int id)
    {
        long current = _counts[id];
        var deltaBoost = _minCount == 0 ? -1.0 : (double)(_minCount - current) / _minCount;
        if (current != _minCount)
        {
            return deltaBoost;
        }

        if (_minCount == _maxCount)
        {
            return -1.0;
        }

        return (double)(_maxCount - _minCount) / _minCount;
    }

    /// <summary>The snapshot's id of a value, or a new id past the snapshot's for a value no node has (a target or a node outside the snapshot).</summary>
    private int IdOf(string value)
    {
        if (_index.Ids.TryGetValue(value, out var id))
        {
            return id;
        }

        _extraIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_extraIds.TryGetValue(value, out id))
        {
            id = _counts.Count;
            _extraIds.Add(value, id);
            _counts.Add(0);
            _desired.Add(double.NaN);
        }

        return id;
    }
}
