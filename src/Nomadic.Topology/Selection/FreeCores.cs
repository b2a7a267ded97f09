namespace Nomadic.Topology.Selection;

/// <summary>The free usable cores of a topology, grouped by NUMA node index and ordered by core ID.</summary>
internal sealed class FreeCores
{
    private readonly List<Core>[] _byNode;

    private FreeCores(List<Core>[] byNode, int total)
    {
        _byNode = byNode;
        Total = total;
    }

    public int Total { get; }

    public int NodeCount => _byNode.Length;

    public int CountAt(int nodeIndex) => _byNode[nodeIndex].Count;

    public static FreeCores Of(NodeTopology topology, IReadOnlySet<int> unavailable)
    {
        var byNode = new List<Core>[topology.NumaNodes.Count];
        for (var i = 0; i < byNode.Length; i++)
        {
            byNode[i] = [];
        }

        var total = 0;
        foreach (var core in topology.UsableCores)
        {
            if (!unavailable.Contains(core.Id))
            {
                byNode[topology.IndexOf(core.NumaNodeId)].Add(core);
                total++;
            }
        }

        return new FreeCores(byNode, total);
    }

    /// <summary>Takes the lowest-ID cores of each node, as many as <paramref name="counts"/> says.</summary>
    public CoreSelection Take(NodeTopology topology, int[] counts)
    {
        var chosen = new List<Core>(counts.Sum());
        for (var node = 0; node < counts.Length; node++)
        {
            chosen.AddRange(_byNode[node].Take(counts[node]));
        }

        return Describe(topology, chosen);
    }

    public static CoreSelection Describe(NodeTopology topology, List<Core> chosen)
    {
        var counts = new int[topology.NumaNodes.Count];
        long mhz = 0;
        foreach (var core in chosen)
        {
            counts[topology.IndexOf(core.NumaNodeId)]++;
            mhz += core.Mhz;
        }

        var ids = chosen.Select(c => c.Id).Order().ToArray();
        var nodes = chosen.Select(c => c.NumaNodeId).Distinct().Order().ToArray();
        return new CoreSelection(ids, mhz, nodes, CoreSelector.PairwiseCost(topology, counts));
    }
}
