namespace Nomadic.Topology.Selection;

/// <summary>
/// Chooses the cores of a task with <c>resources { cores = N  numa { ... } }</c>: a pure, deterministic function of the
/// topology and the cores already taken. Within a NUMA node the lowest free core IDs are taken; ties between nodes go
/// to the lowest node ID.
/// </summary>
public static class CoreSelector
{
    /// <summary>Selects <paramref name="count"/> cores for the given affinity.</summary>
    /// <param name="topology">The node's topology.</param>
    /// <param name="unavailableCores">Core IDs already reserved by other allocations or earlier tasks.</param>
    /// <param name="count">How many cores the task needs (1 or more).</param>
    /// <param name="affinity">The NUMA affinity.</param>
    /// <param name="requiredNumaNode">
    /// The NUMA node of the task's <c>numa.devices</c>, or <see langword="null"/>. With <see cref="NumaAffinity.Require"/>
    /// every core must lie on it; otherwise its cores are taken first.
    /// </param>
    /// <returns>The selection, or <see langword="null"/> when the node cannot satisfy the request
    /// (too few free cores: dimension <c>cores</c>; no single fitting NUMA node under <c>require</c>: <c>numa-cores</c>).</returns>
    public static CoreSelection? Select(
        NodeTopology topology,
        IReadOnlySet<int> unavailableCores,
        int count,
        NumaAffinity affinity,
        int? requiredNumaNode = null)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(unavailableCores);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var free = FreeCores.Of(topology, unavailableCores);
        if (free.Total < count)
        {
            return null;
        }

        var anchor = -1;
        if (requiredNumaNode is { } device)
        {
            if (!topology.NumaNodes.Contains(device))
            {
                return affinity == NumaAffinity.Require ? null : Select(topology, unavailableCores, count, affinity);
            }

            anchor = topology.IndexOf(device);
        }

        int[]? counts = affinity switch
        {
            NumaAffinity.Require => RequireCounts(free, count, anchor),
            NumaAffinity.Prefer => PreferCounts(topology, free, count, anchor),
            _ => PackCounts(free, count, anchor),
        };
        return counts is null ? null : free.Take(topology, counts);
    }

    /// <summary>
    /// Nomad CE's selection: the lowest <paramref name="count"/> free core IDs, whatever their NUMA nodes.
    /// Nomad CE rejects <c>prefer</c> and <c>require</c>; this is the baseline the NUMA-aware choices improve on.
    /// </summary>
    /// <param name="topology">The node's topology.</param>
    /// <param name="unavailableCores">Core IDs already reserved.</param>
    /// <param name="count">How many cores the task needs (1 or more).</param>
    /// <returns>The selection, or <see langword="null"/> when fewer cores are free.</returns>
    public static CoreSelection? SelectLowestIds(NodeTopology topology, IReadOnlySet<int> unavailableCores, int count)
    {
        ArgumentNullException.ThrowIfNull(topology);
        ArgumentNullException.ThrowIfNull(unavailableCores);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var chosen = new List<Core>(count);
        foreach (var core in topology.UsableCores)
        {
            if (!unavailableCores.Contains(core.Id))
            {
                chosen.Add(core);
                if (chosen.Count == count)
                {
                    return FreeCores.Describe(topology, chosen);
                }
            }
        }

        return null;
    }

    private static int[]? RequireCounts(FreeCores free, int count, int anchor)
    {
        if (anchor >= 0)
        {
            return free.CountAt(anchor) >= count ? Single(free, anchor, count) : null;
        }

        var best = BestFit(free, count);
        return best < 0 ? null : Single(free, best, count);
    }

    private static int[] PackCounts(FreeCores free, int count, int anchor)
    {
        var counts = new int[free.NodeCount];
        var remaining = count;
        if (anchor >= 0)
        {
            counts[anchor] = Math.Min(remaining, free.CountAt(anchor));
            remaining -= counts[anchor];
        }

        if (remaining == 0)
        {
            return counts;
        }

        if (anchor < 0 && BestFit(free, remaining) is var fit && fit >= 0)
        {
            counts[fit] = remaining;
            return counts;
        }

        // Fill the nodes with the fewest free cores first, so that the roomiest nodes stay whole.
        foreach (var node in Enumerable.Range(0, free.NodeCount).OrderBy(free.CountAt).ThenBy(i => i))
        {
            var take = Math.Min(remaining, free.CountAt(node) - counts[node]);
            counts[node] += take;
            remaining -= take;
            if (remaining == 0)
            {
                break;
            }
        }

        return counts;
    }

    private static int[] PreferCounts(NodeTopology topology, FreeCores free, int count, int anchor)
    {
        int[]? best = null;
        var bestCost = long.MaxValue;
        var starts = anchor >= 0 ? [anchor] : Enumerable.Range(0, free.NodeCount).ToArray();
        foreach (var start in starts)
        {
            if (free.CountAt(start) == 0)
            {
                continue;
            }

            var counts = GrowFrom(topology, free, count, start);
            var cost = PairwiseCost(topology, counts);
            if (cost < bestCost)
            {
                (best, bestCost) = (counts, cost);
            }
        }

        // Packing is a candidate too, so prefer is never farther apart than none.
        var packed = PackCounts(free, count, anchor);
        return best is null || PairwiseCost(topology, packed) < bestCost ? packed : best;
    }

    private static int[] GrowFrom(NodeTopology topology, FreeCores free, int count, int start)
    {
        var counts = new int[free.NodeCount];
        counts[start] = Math.Min(count, free.CountAt(start));
        var remaining = count - counts[start];
        while (remaining > 0)
        {
            // Add the node whose cores are closest, on average, to the cores chosen so far.
            var next = -1;
            var nextCost = long.MaxValue;
            for (var node = 0; node < free.NodeCount; node++)
            {
                if (counts[node] > 0 || free.CountAt(node) == 0)
                {
                    continue;
                }

                long cost = 0;
                for (var chosen = 0; chosen < free.NodeCount; chosen++)
                {
                    cost += (long)counts[chosen] * topology.DistanceByIndex(chosen, node);
                }

                if (cost < nextCost)
                {
                    (next, nextCost) = (node, cost);
                }
            }

            counts[next] = Math.Min(remaining, free.CountAt(next));
            remaining -= counts[next];
        }

        return counts;
    }

    internal static long PairwiseCost(NodeTopology topology, int[] counts)
    {
        long cost = 0;
        for (var a = 0; a < counts.Length; a++)
        {
            if (counts[a] == 0)
            {
                continue;
            }

            cost += (long)counts[a] * (counts[a] - 1) / 2 * topology.DistanceByIndex(a, a);
            for (var b = a + 1; b < counts.Length; b++)
            {
                cost += (long)counts[a] * counts[b] * topology.DistanceByIndex(a, b);
            }
        }

        return cost;
    }

    private static int BestFit(FreeCores free, int count)
    {
        var best = -1;
        for (var node = 0; node < free.NodeCount; node++)
        {
            if (free.CountAt(node) >= count && (best < 0 || free.CountAt(node) < free.CountAt(best)))
            {
                best = node;
            }
        }

        return best;
    }

    private static int[] Single(FreeCores free, int node, int count)
    {
        var counts = new int[free.NodeCount];
        counts[node] = count;
        return counts;
    }
}
