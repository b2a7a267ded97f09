using Nomadic.Core.Jobs.Validation;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's BinPackIterator eviction path: a feasible node that lacks CPU, memory, disk or cores may still be
/// ranked if evicting lower-priority allocations makes room; the option then carries those allocations and the
/// preemption score. Only entered after a node failed to fit, so plans without preemption never pay for it.
/// </summary>
internal sealed partial class PlacementRun
{
    private readonly List<List<Allocation>> _pendingPreemptions = [];
    private readonly List<IReadOnlyList<Allocation>> _preemptions = [];
    private readonly Dictionary<string, List<Allocation>> _nodePreemptions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _preemptedIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string JobID, string Namespace, string TaskGroup), int> _preemptedPerGroup = [];
    private List<Allocation>?[]? _otherJobsAllocs;

    /// <summary>Whether Nomad's scheduler configuration lets this job's type preempt.</summary>
    private bool PreemptionEnabled => _job.Type switch
    {
        JobTypes.System => _options.PreemptSystemJobs,
        JobTypes.SysBatch => _options.PreemptSysBatchJobs,
        JobTypes.Batch => _options.PreemptBatchJobs,
        _ => _options.PreemptServiceJobs,
    };

    private static bool IsPreemptible(string dimension) => dimension is "cpu" or "memory" or "disk" or "cores" or "numa-cores";

    /// <summary>Ranks the candidate as if the returned preemptions were made, or returns false when none make it fit.</summary>
    private bool TryPreempt(GroupState group, int c, out RankedOption option)
    {
        option = RankedOption.None;
        var candidates = CandidatesOn(c);
        if (candidates.Count == 0)
        {
            return false;
        }

        var chosen = Preemptor.Select(_job.Priority ?? JobDefaults.Priority, candidates, Available(c), Ask(group, c), PreemptedSoFar);
        if (chosen is null)
        {
            return false;
        }

        // The choice is made on totals; the exact fit (which cores, on which NUMA node) is checked with the
        // preempted allocations released, then everything is put back until the placement is committed.
        Release(c, chosen, +1);
        long coresMhz = 0;
        var fits = (group.Cores.Length == 0 || SelectCores(group, c, out coresMhz, null) is null) && ResourceShortage(group, c, coresMhz) == 0;
        Release(c, chosen, -1);
        if (!fits)
        {
            return false;
        }

        // Nomad scores the fit on the node's usage before the evictions, so a node needing them fills up fully.
        var index = _pendingPreemptions.Count;
        _pendingPreemptions.Add(chosen);
        option = new RankedOption(c, ScoreWithFit(group, c, ComputeFit(group, c, coresMhz), PreemptionScore.Of(chosen)), index);
        return true;
    }

    /// <summary>Makes the option's preemptions part of the plan and frees their resources on the node.</summary>
    private int CommitPreemptions(int c, RankedOption option)
    {
        if (option.Preemptions < 0)
        {
            return -1;
        }

        var chosen = _pendingPreemptions[option.Preemptions];
        Release(c, chosen, +1);
        var nodeId = _cluster.Nodes[c].ID;
        if (!_nodePreemptions.TryGetValue(nodeId, out var onNode))
        {
            _nodePreemptions[nodeId] = onNode = [];
        }

        foreach (var alloc in chosen)
        {
            _preemptedIds.Add(alloc.ID);
            onNode.Add(alloc);
            var key = (alloc.JobID, alloc.Namespace, alloc.TaskGroup);
            _preemptedPerGroup[key] = _preemptedPerGroup.GetValueOrDefault(key) + 1;
        }

        _preemptions.Add(chosen);
        return _preemptions.Count - 1;
    }

    private int PreemptedSoFar(Allocation alloc) =>
        _preemptedPerGroup.GetValueOrDefault((alloc.JobID, alloc.Namespace, alloc.TaskGroup));

    /// <summary>Subtracts (+1) or adds back (-1) what the allocations hold on the node: usage, cores, ports.</summary>
    private void Release(int c, List<Allocation> allocs, int direction)
    {
        ref var usage = ref _cluster.Usage[c];
        foreach (var alloc in allocs)
        {
            var resources = ComparableResources.Of(alloc);
            usage.CpuUsed -= direction * resources.Cpu;
            usage.MemoryUsed -= direction * resources.Memory;
            usage.DiskUsed -= direction * resources.Disk;
            foreach (var task in alloc.AllocatedResources.Tasks.Values)
            {
                if (direction > 0)
                {
                    _cluster.UsedCores?[c]?.ExceptWith(task.Cpu.ReservedCores);
                }
                else if (task.Cpu.ReservedCores.Count > 0)
                {
                    _cluster.AddCores(c, task.Cpu.ReservedCores);
                }
            }

            foreach (var port in alloc.AllocatedResources.Shared.Ports)
            {
                if (direction > 0)
                {
                    _cluster.UsedPorts[c]?.Remove(port.Value);
                }
                else
                {
                    (_cluster.UsedPorts[c] ??= []).Add(port.Value);
                }
            }
        }
    }

    private ComparableResources Available(int c)
    {
        ref readonly var usage = ref _cluster.Usage[c];
        var freeCores = 0;
        if (_cluster.Nodes[c].NodeResources?.Processors.Topology is { } topology)
        {
            var used = _cluster.UsedCores?[c];
            foreach (var core in topology.UsableCores)
            {
                freeCores += used is not null && used.Contains(core.Id) ? 0 : 1;
            }
        }

        return new ComparableResources(usage.CpuCapacity - usage.CpuUsed, usage.MemoryCapacity - usage.MemoryUsed, usage.DiskCapacity - usage.DiskUsed, freeCores);
    }

    /// <summary>What the group needs; reserved cores are asked as a count and priced at the node's mean core MHz.</summary>
    private ComparableResources Ask(GroupState group, int c)
    {
        var cores = 0;
        foreach (var demand in group.Cores)
        {
            cores += demand.Count;
        }

        long coresMhz = 0;
        if (cores > 0 && _cluster.Nodes[c].NodeResources?.Processors.Topology is { UsableCores.Count: > 0 } topology)
        {
            coresMhz = topology.UsableCompute * cores / topology.UsableCores.Count;
        }

        return new ComparableResources(group.Cpu + coresMhz, group.Memory, group.Disk, cores);
    }

    /// <summary>The node's allocations of other jobs that still hold resources and are not yet preempted, in request order.</summary>
    private List<Allocation> CandidatesOn(int c)
    {
        if (_otherJobsAllocs is null)
        {
            _otherJobsAllocs = new List<Allocation>?[_cluster.Count];
            var ns = _job.Namespace ?? JobDefaults.Namespace;
            foreach (var alloc in _request.Allocations)
            {
                if (alloc.HoldsResources && !_request.PlannedStops.Contains(alloc.ID)
                    && !(alloc.JobID == _job.ID && alloc.Namespace == ns)
                    && _cluster.TryGetCandidate(alloc.NodeID, out var node))
                {
                    (_otherJobsAllocs[node] ??= []).Add(alloc);
                }
            }
        }

        var all = _otherJobsAllocs[c];
        if (all is null)
        {
            return [];
        }

        if (_preemptedIds.Count > 0)
        {
            all.RemoveAll(alloc => _preemptedIds.Contains(alloc.ID));
        }

        return all;
    }
}
