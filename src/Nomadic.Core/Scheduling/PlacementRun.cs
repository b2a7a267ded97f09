using System.Globalization;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// One call of <see cref="PlacementEngine.Plan"/>: Nomad's GenericStack (shuffled cyclic source, class-cached
/// feasibility, distinct hosts/property, bin-pack fit, anti-affinity, reschedule penalty, node affinity, spread,
/// mean of appended scores, limit with skipping, max score) or, for system jobs, every feasible node once.
/// </summary>
internal sealed partial class PlacementRun
{
    private readonly SchedulerOptions _options;
    private readonly PlacementRequest _request;
    private readonly Job _job;
    private readonly ClusterState _cluster;
    private readonly ulong _seed;
    private readonly RankedOption[] _skipped;
    private readonly List<DistinctProperty> _jobProperties = [];
    private readonly List<IReadOnlyList<TaskCoreReservation>> _cores = [];
    private readonly Dictionary<string, AllocMetric> _failed = new(StringComparer.Ordinal);
    private int _offset;
    private int _seen;
    private int _limit;
    private double _lowestSpreadBoost = -1.0;
    private int _spreadWeightSum;
    private int _evaluated;
    private int _filtered;
    private int _exhausted;
    private AllocMetric? _detail;
    private GroupState[] _groups = [];
    private int[]? _penalty;
    private bool _preempt;
    private ulong _portState;
    private readonly List<int[]> _dynamicPorts = [];
    private readonly List<AllocatedDeviceResource[]> _devices = [];

    public PlacementRun(SchedulerOptions options, PlacementRequest request, ClusterSnapshot snapshot)
    {
        _options = options;
        _request = request;
        _job = request.Job;
        _seed = request.Seed ?? options.Seed;
        _cluster = ClusterState.Build(request, snapshot, IsSystem ? null : _seed);
        _skipped = new RankedOption[Math.Max(1, options.MaxSkip)];
        _limit = BaseLimit();
        _portState = _seed ^ 0x9E3779B97F4A7C15UL;

        // The system scheduler's stack evicts on its only pass; the generic one retries with eviction on failure.
        _preempt = IsSystem && PreemptionEnabled;
    }

    private bool IsSystem => _job.Type is JobTypes.System or JobTypes.SysBatch;

    public PlacementPlan Execute()
    {
        var groups = _groups = new GroupState[_job.TaskGroups?.Count ?? 0];
        foreach (var constraint in _job.Constraints ?? [])
        {
            if (constraint.Operand == "distinct_property")
            {
                _jobProperties.Add(GroupState.NewDistinctProperty(constraint, _cluster));
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = GroupState.Create(_job, _job.TaskGroups![g], g, _cluster, _options.MemoryOversubscriptionEnabled, _jobProperties);
        }

        var missing = CountExisting(groups, out var taken, out var penalties);
        var placements = new Placement[Math.Max(missing, 0)];
        var placed = 0;
        foreach (var group in groups)
        {
            if (IsSystem)
            {
                PlaceSystem(group, ref placements, ref placed);
            }
            else
            {
                PlaceService(group, taken[group.Index], penalties, placements, ref placed);
            }
        }

        return new PlacementPlan(_job, _request.Nodes, placements, placed, groups, _cores, _failed, _seed, _preemptions, _nodePreemptions, _dynamicPorts, _devices);
    }

    private void PlaceService(GroupState group, HashSet<int> taken, Dictionary<(int, int), int[]>? penalties, Placement[] placements, ref int placed)
    {
        // Nomad's SpreadIterator adds a group's spread weights to a running sum when it first sees the group, so
        // a group is weighed against its own spreads and those of the groups placed before it.
        foreach (var spread in group.Spreads)
        {
            _spreadWeightSum += spread.Weight;
        }

        if (group.Affinities.Length > 0 || group.Spreads.Length > 0)
        {
            // Every group with affinities or spreads sets the limit to max(count, 100); nothing sets it back, so
            // later groups without them keep the last one (GenericStack.Select in Nomad's stack.go).
            _limit = _options.NodeLimitOverride ?? Math.Max(group.Count, _options.NodeLimitForFeasibilityChecks);
        }

        for (var index = 0; index < group.Count; index++)
        {
            if (taken.Contains(index))
            {
                continue;
            }

            if (_failed.TryGetValue(group.Name, out var failure))
            {
                failure.CoalescedFailures++;
                continue;
            }

            _penalty = penalties is not null && penalties.TryGetValue((group.Index, index), out var nodes) ? nodes : null;
            var (offset, lowest) = (_offset, _lowestSpreadBoost);
            var best = Select(group);
            if (!best.IsValid && PreemptionEnabled)
            {
                // Nomad's selectNextOption: only when nothing fits without eviction, select again with it.
                (_offset, _lowestSpreadBoost) = (offset, lowest);
                _preempt = true;
                best = Select(group);
            }

            if (!best.IsValid)
            {
                // Replay the same selection with full bookkeeping, so only failures pay for Nomad's metric maps.
                (_offset, _lowestSpreadBoost) = (offset, lowest);
                _detail = NewMetric();
                Select(group);
                _failed[group.Name] = _detail;
                _detail = null;
                _preempt = false;
                continue;
            }

            placements[placed++] = Commit(group, index, best);
            _preempt = false;
            continue;

        }
    }

    private void PlaceSystem(GroupState group, ref Placement[] placements, ref int placed)
    {
        for (var c = 0; c < _cluster.Count; c++)
        {
            if (group.GroupCount[c] > 0)
            {
                continue;
            }

            _evaluated = _filtered = _exhausted = 0;
            _evaluated++;
            if (Infeasible(group, c) is not null)
            {
                continue;
            }

            var option = RankedOption.None;
            if (Exhausted(group, c, out var coresMhz) is { } dimension
                && !(_preempt && IsPreemptible(dimension) && TryPreempt(group, c, out option)))
            {
                if (_failed.TryGetValue(group.Name, out var failure))
                {
                    failure.CoalescedFailures++;
                }
                else
                {
                    var metric = NewMetric();
                    metric.NodesEvaluated = 1;
                    RecordExhausted(metric, c, dimension);
                    _failed[group.Name] = metric;
                }

                continue;
            }

            if (placed == placements.Length)
            {
                Array.Resize(ref placements, Math.Max(4, placements.Length * 2));
            }

            if (!option.IsValid)
            {
                option = new RankedOption(c, Score(group, c, coresMhz));
            }

            placements[placed++] = Commit(group, 0, option);
        }
    }

    private RankedOption Select(GroupState group)
    {
        foreach (var spread in group.Spreads)
        {
            spread.BeginSelect();
        }

        _seen = 0;
        _pendingPreemptions.Clear();
        _evaluated = _filtered = _exhausted = 0;
        var limitSeen = 0;
        var skippedCount = 0;
        var skippedIndex = 0;
        var maxSkip = _options.MaxSkip;
        var best = RankedOption.None;
        var scanCached = group.HasOnlyCachedChecks && _detail is null && !_preempt;
        while (limitSeen < _limit)
        {
            if (scanCached && skippedCount >= maxSkip && ScanCached(group, ref limitSeen, ref best))
            {
                break;
            }

            // Nomad's LimitIterator: put aside up to maxSkip options scoring at or below 0, use them only when the source runs dry.
            if (!NextOrSkipped(group, skippedCount, ref skippedIndex, out var option))
            {
                break;
            }

            if (skippedCount < maxSkip)
            {
                while (option.IsValid && option.Score <= 0.0 && skippedCount < maxSkip)
                {
                    _skipped[skippedCount++] = option;
                    option = NextFromSource(group);
                }
            }

            limitSeen++;
            if (!option.IsValid && !NextOrSkipped(group, skippedCount, ref skippedIndex, out option))
            {
                break;
            }

            if (option.Score > best.Score)
            {
                best = option;
            }
        }

        return best;
    }

    /// <summary>
    /// The rest of a selection once every skip slot is taken, for a group whose checks are all cached: the same
    /// walk as <see cref="NextFromSource"/> feeding the limit, in one loop. Returns true when the limit is reached;
    /// false, having consumed nothing more, when the source runs dry or a node's class has not been checked yet.
    /// </summary>
    private bool ScanCached(GroupState group, ref int limitSeen, ref RankedOption best)
    {
        var n = _cluster.Count;
        var classOf = _cluster.ClassOf;
        var classStatus = group.ClassStatus;
        while (limitSeen < _limit)
        {
            while (true)
            {
                if (_seen >= n)
                {
                    return false;
                }

                var c = _offset >= n ? 0 : _offset;
                var status = classStatus[classOf[c]];
                if (status == GroupState.ClassUnknown)
                {
                    return false;
                }

                _offset = c + 1;
                _seen++;
                _evaluated++;
                if (status == GroupState.ClassIneligible)
                {
                    _filtered++;
                    continue;
                }

                var fit = CachedFit(group, c);
                if (fit < 0)
                {
                    _exhausted++;
                    continue;
                }

                var score = ScoreWithFit(group, c, fit);
                limitSeen++;
                if (score > best.Score)
                {
                    best = new RankedOption(c, score);
                }

                break;
            }
        }

        return true;
    }

    private bool NextOrSkipped(GroupState group, int skippedCount, ref int skippedIndex, out RankedOption option)
    {
        option = NextFromSource(group);
        if (!option.IsValid && skippedIndex < skippedCount)
        {
            option = _skipped[skippedIndex++];
        }

        return option.IsValid;
    }

    /// <summary>Nomad's StaticIterator over the shuffled nodes, resuming where the last selection stopped, feeding the feasibility and rank chain.</summary>
    private RankedOption NextFromSource(GroupState group)
    {
        var n = _cluster.Count;
        while (_seen < n)
        {
            if (_offset >= n)
            {
                _offset = 0;
            }

            // Candidates are stored in shuffled order, so the source's position is the candidate ordinal.
            var c = _offset++;
            _seen++;
            _evaluated++;
            if (group.HasOnlyCachedChecks && _detail is null)
            {
                // Everything this group checks is cached per class or per node: a few array reads per candidate.
                var status = group.ClassStatus[_cluster.ClassOf[c]];
                if (status == GroupState.ClassIneligible)
                {
                    _filtered++;
                    continue;
                }

                if (status == GroupState.ClassEligible)
                {
                    var fit = CachedFit(group, c);
                    if (fit < 0)
                    {
                        if (_preempt && TryPreempt(group, c, out var preempting))
                        {
                            return preempting;
                        }

                        _exhausted++;
                        continue;
                    }

                    return new RankedOption(c, ScoreWithFit(group, c, fit));
                }
            }

            if (_detail is not null)
            {
                _detail.NodesEvaluated++;
            }

            if (Infeasible(group, c) is { } reason)
            {
                _filtered++;
                if (_detail is not null)
                {
                    RecordFiltered(_detail, c, reason);
                }

                continue;
            }

            if (Exhausted(group, c, out var coresMhz) is { } dimension)
            {
                if (_preempt && IsPreemptible(dimension) && TryPreempt(group, c, out var preempting))
                {
                    return preempting;
                }

                _exhausted++;
                if (_detail is not null)
                {
                    RecordExhausted(_detail, c, dimension);
                }

                continue;
            }

            return new RankedOption(c, Score(group, c, coresMhz));
        }

        return RankedOption.None;
    }

    private AllocMetric NewMetric()
    {
        var metric = new AllocMetric { NodesInPool = _cluster.Count };
        foreach (var pair in _cluster.NodesAvailable)
        {
            metric.NodesAvailable[pair.Key] = pair.Value;
        }

        return metric;
    }

    private void RecordFiltered(AllocMetric metric, int c, string reason)
    {
        metric.NodesFiltered++;
        var nodeClass = _cluster.Nodes[c].NodeClass;
        if (nodeClass.Length > 0)
        {
            metric.ClassFiltered[nodeClass] = metric.ClassFiltered.GetValueOrDefault(nodeClass) + 1;
        }

        metric.ConstraintFiltered[reason] = metric.ConstraintFiltered.GetValueOrDefault(reason) + 1;
    }

    private void RecordExhausted(AllocMetric metric, int c, string dimension)
    {
        metric.NodesExhausted++;
        var nodeClass = _cluster.Nodes[c].NodeClass;
        if (nodeClass.Length > 0)
        {
            metric.ClassExhausted[nodeClass] = metric.ClassExhausted.GetValueOrDefault(nodeClass) + 1;
        }

        metric.DimensionExhausted[dimension] = metric.DimensionExhausted.GetValueOrDefault(dimension) + 1;
    }

    private int BaseLimit()
    {
        if (_options.NodeLimitOverride is { } limit)
        {
            return limit;
        }

        if (_job.Type == JobTypes.Batch)
        {
            return 2;
        }

        var n = _cluster.Count;
        return n > 0 ? Math.Max(2, (int)Math.Ceiling(Math.Log2(n))) : 2;
    }

    /// <summary>Counts the job's existing allocations into the group and job tallies; returns how many are missing.</summary>
    private int CountExisting(GroupState[] groups, out HashSet<int>[] taken, out Dictionary<(int, int), int[]>? penalties)
    {
        taken = new HashSet<int>[groups.Length];
        penalties = null;
        var byName = new Dictionary<string, GroupState>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            taken[group.Index] = [];
            byName.TryAdd(group.Name, group);
        }

        Dictionary<string, Topology.Cluster.ClusterNode>? nodesById = null;

        var ns = _job.Namespace ?? JobDefaults.Namespace;
        foreach (var alloc in _request.Allocations)
        {
            if (alloc.JobID != _job.ID || alloc.Namespace != ns || !byName.TryGetValue(alloc.TaskGroup, out var group))
            {
                continue;
            }

            var index = IndexOfName(alloc.Name);
            if (alloc.ClientStatus == AllocationStatus.ClientFailed && index >= 0 && _cluster.TryGetCandidate(alloc.NodeID, out var failedOn))
            {
                penalties ??= [];
                var key = (group.Index, index);
                penalties[key] = penalties.TryGetValue(key, out var previous) ? [.. previous, failedOn] : [failedOn];
            }

            if (!alloc.HoldsResources || _request.PlannedStops.Contains(alloc.ID))
            {
                continue;
            }

            if (index >= 0)
            {
                taken[group.Index].Add(index);
            }

            if (_cluster.TryGetCandidate(alloc.NodeID, out var c))
            {
                group.GroupCount[c]++;
            }

            nodesById ??= NodesById();
            if (nodesById.TryGetValue(alloc.NodeID, out var node))
            {
                foreach (var spread in group.Spreads)
                {
                    spread.CountExisting(node);
                }

                foreach (var property in group.DistinctProperties)
                {
                    if (!_jobProperties.Contains(property))
                    {
                        property.CountExisting(node);
                    }
                }

                foreach (var property in _jobProperties)
                {
                    property.CountExisting(node);
                }
            }
        }

        var missing = 0;
        foreach (var group in groups)
        {
            missing += IsSystem ? 0 : Math.Max(0, group.Count - taken[group.Index].Count(i => i < group.Count));
        }

        return missing;
    }

    private Dictionary<string, Topology.Cluster.ClusterNode> NodesById()
    {
        var nodesById = new Dictionary<string, Topology.Cluster.ClusterNode>(_request.Nodes.Count, StringComparer.Ordinal);
        foreach (var node in _request.Nodes)
        {
            nodesById.TryAdd(node.ID, node);
        }

        return nodesById;
    }

    private static int IndexOfName(string name)
    {
        var open = name.LastIndexOf('[');
        return open >= 0 && name.EndsWith(']') && int.TryParse(name.AsSpan(open + 1, name.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
    }
}
