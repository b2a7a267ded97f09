namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's <c>Preemptor.PreemptForTaskGroup</c>: the allocations of lower-priority jobs to evict so a group fits
/// on one node. Candidates are grouped by priority, lowest first; within a group the one closest in resource
/// distance to what is still needed is taken (plus a penalty past its group's migrate max_parallel) until the
/// node has room; then <c>filterSuperset</c> drops the picks that turn out unnecessary.
/// </summary>
internal static class Preemptor
{
    /// <summary>The minimum priority gap between the placing job and a job it may preempt.</summary>
    public const int PriorityDelta = 10;

    private const double MaxParallelPenalty = 50.0;

    /// <summary>Whether an allocation may be preempted by a job of the given priority.</summary>
    public static bool IsCandidate(Allocation alloc, int jobPriority) => jobPriority - alloc.JobPriority >= PriorityDelta;

    /// <summary>The allocations to preempt, or null when even all candidates together leave too little room.</summary>
    /// <param name="jobPriority">The priority of the job being placed.</param>
    /// <param name="candidates">The node's allocations of other jobs, in a stable order; not modified.</param>
    /// <param name="available">What the node has free now.</param>
    /// <param name="ask">What the group needs.</param>
    /// <param name="preemptedSoFar">How many allocations of an allocation's job and group the plan already preempts.</param>
    public static List<Allocation>? Select(int jobPriority, IReadOnlyList<Allocation> candidates, ComparableResources available, ComparableResources ask, Func<Allocation, int> preemptedSoFar)
    {
        var byPriority = new SortedDictionary<int, List<Allocation>>();
        foreach (var alloc in candidates)
        {
            if (!IsCandidate(alloc, jobPriority))
            {
                continue;
            }

            if (!byPriority.TryGetValue(alloc.JobPriority, out var list))
            {
                byPriority[alloc.JobPriority] = list = [];
            }

            list.Add(alloc);
        }

        var chosen = new List<Allocation>();
        var freed = available;
        var needed = ask;
        var met = false;
        foreach (var group in byPriority.Values)
        {
            while (group.Count > 0 && !met)
            {
                var closest = 0;
                var bestDistance = double.MaxValue;
                for (var i = 0; i < group.Count; i++)
                {
                    var distance = ScoreForTaskGroup(needed, group[i], preemptedSoFar(group[i]));
                    if (distance < bestDistance)
                    {
                        bestDistance = distance;
                        closest = i;
                    }
                }

                var pick = group[closest];
                var resources = ComparableResources.Of(pick);
                freed = freed.Add(resources);
                met = freed.Superset(ask);
                chosen.Add(pick);

                // Swap-remove as Nomad does: it decides which of equally distant candidates is found first next time.
                group[closest] = group[^1];
                group.RemoveAt(group.Count - 1);
                needed = needed.Subtract(resources);
            }

            if (met)
            {
                break;
            }
        }

        return met ? FilterSuperset(chosen, available, ask) : null;
    }

    private static double ScoreForTaskGroup(in ComparableResources needed, Allocation alloc, int preempted)
    {
        var penalty = alloc.MigrateMaxParallel > 0 && preempted >= alloc.MigrateMaxParallel
            ? (preempted + 1 - alloc.MigrateMaxParallel) * MaxParallelPenalty
            : 0.0;
        return ComparableResources.Distance(needed, ComparableResources.Of(alloc)) + penalty;
    }

    /// <summary>Re-adds the picks farthest from the ask first and stops as soon as the ask fits.</summary>
    private static List<Allocation> FilterSuperset(List<Allocation> chosen, ComparableResources available, ComparableResources ask)
    {
        var ordered = chosen
            .Select(alloc => (alloc, distance: ComparableResources.Distance(ask, ComparableResources.Of(alloc))))
            .OrderByDescending(pair => pair.distance)
            .Select(pair => pair.alloc);
        var kept = new List<Allocation>(chosen.Count);
        foreach (var alloc in ordered)
        {
            kept.Add(alloc);
            available = available.Add(ComparableResources.Of(alloc));
            if (available.Superset(ask))
            {
                break;
            }
        }

        return kept;
    }
}
