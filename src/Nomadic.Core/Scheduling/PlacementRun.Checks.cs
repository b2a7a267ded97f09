using System.Runtime.CompilerServices;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Cluster;
using Nomadic.Topology.Selection;

namespace Nomadic.Core.Scheduling;

/// <summary>Feasibility, fit, scoring and commit of one candidate for one group.</summary>
internal sealed partial class PlacementRun
{
    /// <summary>The reason the candidate cannot run the group at all, or null when it can.</summary>
    private string? Infeasible(GroupState group, int c)
    {
        var nodeClass = _cluster.ClassOf[c];
        switch (group.ClassStatus[nodeClass])
        {
            case GroupState.ClassIneligible:
                return group.ClassReasons[nodeClass];
            case GroupState.ClassUnknown:
                var reason = ClassReason(group, _cluster.Nodes[c]);
                group.ClassStatus[nodeClass] = reason is null ? GroupState.ClassEligible : GroupState.ClassIneligible;
                group.ClassReasons[nodeClass] = reason;
                if (reason is not null)
                {
                    return reason;
                }

                break;
        }

        foreach (var constraint in group.EscapedConstraints)
        {
            if (!ConstraintOperators.Matches(constraint.LTarget, constraint.Operand, constraint.RTarget, _cluster.Nodes[c]))
            {
                return GroupState.Describe(constraint);
            }
        }

        if ((group.DistinctHostsJob && _cluster.JobCount[c] > 0) || (group.DistinctHostsGroup && group.GroupCount[c] > 0))
        {
            return "distinct_hosts";
        }

        foreach (var property in group.DistinctProperties)
        {
            if (property.Blocks(c))
            {
                return "distinct_property";
            }
        }

        return null;
    }

    private static string? ClassReason(GroupState group, ClusterNode node)
    {
        foreach (var driver in group.Drivers)
        {
            if (!HasDriver(node, driver))
            {
                return "missing drivers";
            }
        }

        foreach (var constraint in group.ClassConstraints)
        {
            if (!ConstraintOperators.Matches(constraint.LTarget, constraint.Operand, constraint.RTarget, node))
            {
                return GroupState.Describe(constraint);
            }
        }

        foreach (var device in group.Devices)
        {
            if (!DeviceAllocator.HasDevice(node, device))
            {
                return "missing devices";
            }
        }

        return null;
    }

    private static bool HasDriver(ClusterNode node, string driver)
    {
        if (node.Drivers.TryGetValue(driver, out var info))
        {
            return info.Detected && info.Healthy;
        }

        return node.Attributes.TryGetValue("driver." + driver, out var flag) && flag is "1" or "true";
    }

    /// <summary>The dimension the candidate lacks (Nomad's names), or null when the group fits; the cores' MHz on success.</summary>
    private string? Exhausted(GroupState group, int c, out long coresMhz)
    {
        coresMhz = 0;
        if (group.StaticPorts.Length > 0 && _cluster.UsedPorts[c] is { } used)
        {
            foreach (var port in group.StaticPorts)
            {
                if (used.Contains(port))
                {
                    return "network: port collision";
                }
            }
        }

        if (group.DynamicPorts.Length > 0 && !DynamicPorts.HasRoom(_cluster.Nodes[c], _cluster.UsedPorts[c], group.DynamicPorts.Length))
        {
            return DynamicPorts.Exhausted;
        }

        if (group.DeviceAsks.Length > 0 && !DeviceAllocator.TryAssign(_cluster.Nodes[c], group.DeviceAsks, _cluster.UsedDevices?[c], null, out _))
        {
            return DeviceAllocator.Exhausted;
        }

        if (group.FitCache.Length > 0)
        {
            var cached = CachedFit(group, c);
            return cached < 0 ? ShortageName(cached) : null;
        }

        if (group.Cores.Length > 0 && SelectCores(group, c, out coresMhz, null) is { } coresDimension)
        {
            return coresDimension;
        }

        var dimension = ResourceShortage(group, c, coresMhz);
        return dimension < 0 ? ShortageName(dimension) : null;
    }

    /// <summary>The candidate's fit from the group's cache (computed on a miss): the normalized score, or a negative shortage code.</summary>
    private double CachedFit(GroupState group, int c)
    {
        var cached = group.FitCache[c];
        if (double.IsNaN(cached))
        {
            cached = group.FitCache[c] = ResourceShortage(group, c, 0) is var shortage and < 0 ? shortage : ComputeFit(group, c, 0);
        }

        return cached;
    }

    /// <summary>0 when CPU, memory and disk fit; else the first lacking one as a negative code (-1 cpu, -2 memory, -3 disk).</summary>
    private double ResourceShortage(GroupState group, int c, long coresMhz)
    {
        ref readonly var usage = ref _cluster.Usage[c];
        if (usage.CpuUsed + group.Cpu + coresMhz > usage.CpuCapacity)
        {
            return -1;
        }

        if (usage.MemoryUsed + group.Memory > usage.MemoryCapacity)
        {
            return -2;
        }

        return usage.DiskUsed + group.Disk > usage.DiskCapacity ? -3 : 0;
    }

    private static string ShortageName(double code) => code switch
    {
        -1 => "cpu",
        -2 => "memory",
        _ => "disk",
    };

    /// <summary>Chooses cores for every task that asks for them; "cores" when too few are free, "numa-cores" when NUMA affinity cannot be met.</summary>
    private string? SelectCores(GroupState group, int c, out long mhz, List<TaskCoreReservation>? chosen)
    {
        mhz = 0;
        var topology = _cluster.Nodes[c].NodeResources?.Processors.Topology;
        if (topology is null)
        {
            return "cores";
        }

        var unavailable = new HashSet<int>(_cluster.UsedCores?[c] ?? []);
        List<AllocatedDeviceResource>? offers = null;
        foreach (var demand in group.Cores)
        {
            var free = 0;
            foreach (var core in topology.UsableCores)
            {
                free += unavailable.Contains(core.Id) ? 0 : 1;
            }

            if (free < demand.Count)
            {
                return "cores";
            }

            var selection = CoreSelector.Select(topology, unavailable, demand.Count, demand.Affinity, DeviceNumaNode(group, c, demand, topology, ref offers));
            if (selection is null)
            {
                return "numa-cores";
            }

            mhz += selection.TotalMhz;
            unavailable.UnionWith(selection.CoreIds);
            chosen?.Add(new TaskCoreReservation(demand.TaskIndex, selection.CoreIds, selection.TotalMhz, selection.NumaNodes.Count == 1 ? selection.NumaNodes[0] : null));
        }

        return null;
    }

    /// <summary>
    /// The NUMA node of the instances assigned to the task's <c>numa.devices</c> requests, or null when it has none,
    /// they span NUMA nodes or their PCI bus is unknown to the topology.
    /// </summary>
    private int? DeviceNumaNode(GroupState group, int c, CoreDemand demand, Topology.NodeTopology topology, ref List<AllocatedDeviceResource>? offers)
    {
        if (demand.NumaDevices is not { } names || group.DeviceAsks.Length == 0)
        {
            return null;
        }

        var node = _cluster.Nodes[c];
        if (offers is null)
        {
            offers = new List<AllocatedDeviceResource>(group.DeviceAsks.Length);
            if (!DeviceAllocator.TryAssign(node, group.DeviceAsks, _cluster.UsedDevices?[c], offers, out _))
            {
                return null;
            }
        }

        int? numa = null;
        for (var i = 0; i < group.DeviceAsks.Length; i++)
        {
            var ask = group.DeviceAsks[i];
            if (ask.TaskIndex != demand.TaskIndex || Array.IndexOf(names, ask.Request.Name) < 0)
            {
                continue;
            }

            foreach (var id in offers[i].DeviceIDs)
            {
                var bus = DeviceAllocator.BusOf(node, offers[i], id);
                if (bus is null || topology.NumaNodeOfBus(bus) is not { } instanceNode || (numa is { } seen && seen != instanceNode))
                {
                    return null;
                }

                numa = instanceNode;
            }
        }

        return numa;
    }

    /// <summary>The mean of the scores Nomad's rank iterators append for this candidate.</summary>
    private double Score(GroupState group, int c, long coresMhz) => ScoreWithFit(group, c, FitOf(group, c, coresMhz));

    /// <summary>The mean of the appended scores, given the candidate's normalized fit score.</summary>
    private double ScoreWithFit(GroupState group, int c, double fit, double preemptionScore = double.NaN)
    {
        var sum = fit;
        var count = 1;
        if (group.DeviceAffinityWeight != 0)
        {
            // Nomad's BinPackIterator appends the matched device affinity weights over all of them ("devices").
            DeviceAllocator.TryAssign(_cluster.Nodes[c], group.DeviceAsks, _cluster.UsedDevices?[c], null, out var matched);
            sum += matched / group.DeviceAffinityWeight;
            count++;
        }

        if (!double.IsNaN(preemptionScore))
        {
            sum += preemptionScore;
            count++;
        }

        var collisions = group.GroupCount[c];
        if (collisions > 0)
        {
            sum += -(double)(collisions + 1) / group.Count;
            count++;
        }

        if (_penalty is { } penalty && Array.IndexOf(penalty, c) >= 0)
        {
            sum -= 1.0;
            count++;
        }

        if (group.Affinities.Length > 0)
        {
            sum += AffinityScore(group, c);
            count++;
        }

        if (group.Spreads.Length > 0)
        {
            var spread = SpreadScore(group, c);
            if (spread != 0.0)
            {
                sum += spread;
                count++;
            }
        }

        return sum / count;
    }

    /// <summary>The normalized fit score, from the group's cache when the node's usage has not changed since it was computed.</summary>
    private double FitOf(GroupState group, int c, long coresMhz)
    {
        if (group.FitCache.Length == 0)
        {
            return ComputeFit(group, c, coresMhz);
        }

        var cached = group.FitCache[c];
        return double.IsNaN(cached) ? group.FitCache[c] = ComputeFit(group, c, 0) : cached;
    }

    private double ComputeFit(GroupState group, int c, long coresMhz)
    {
        ref readonly var usage = ref _cluster.Usage[c];
        var cpu = usage.CpuUsed + group.Cpu + coresMhz;
        var memory = usage.MemoryUsed + group.Memory;
        var fit = _options.Algorithm == SchedulerAlgorithm.Spread
            ? FitScore.Spread(usage.CpuCapacity, usage.MemoryCapacity, cpu, memory)
            : FitScore.BinPack(usage.CpuCapacity, usage.MemoryCapacity, cpu, memory);
        return fit / FitScore.MaxFitScore;
    }

    private double AffinityScore(GroupState group, int c)
    {
        var cached = group.AffinityScore[c];
        if (!double.IsNaN(cached))
        {
            return cached;
        }

        var total = 0.0;
        foreach (var affinity in group.Affinities)
        {
            if (ConstraintOperators.Matches(affinity.LTarget, affinity.Operand, affinity.RTarget, _cluster.Nodes[c]))
            {
                total += affinity.Weight ?? JobDefaults.Weight;
            }
        }

        return group.AffinityScore[c] = total / group.AffinityWeightSum;
    }

    /// <summary>Nomad's SpreadIterator: targeted boosts weighted by the block's share of all spread weights, or the even-spread boost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double SpreadScore(GroupState group, int c)
    {
        var total = 0.0;
        foreach (var spread in group.Spreads)
        {
            if (!spread.HasTargets)
            {
                total += spread.EvenBoost(c);
                continue;
            }

            if (spread.ValueOf[c] < 0)
            {
                total -= 1.0;
                continue;
            }

            var desired = spread.DesiredAt(c);
            if (double.IsNaN(desired))
            {
                total -= 1.0;
                continue;
            }

            if (desired == 0)
            {
                total += _lowestSpreadBoost;
                continue;
            }

            var weight = (double)spread.Weight / _spreadWeightSum;
            var boost = (desired - (spread.UsedAt(c) + 1)) / desired * weight;
            total += boost;
            if (boost < _lowestSpreadBoost)
            {
                _lowestSpreadBoost = boost;
            }
        }

        return total;
    }

    /// <summary>Makes the placement visible to the next one: usage, ports, cores, counts, spreads, distinct properties.</summary>
    private Placement Commit(GroupState group, int index, RankedOption option)
    {
        var c = option.Candidate;
        var preemptionsIndex = CommitPreemptions(c, option);
        var coresIndex = -1;
        long coresMhz = 0;
        if (group.Cores.Length > 0)
        {
            var chosen = new List<TaskCoreReservation>(group.Cores.Length);
            SelectCores(group, c, out coresMhz, chosen);
            foreach (var reservation in chosen)
            {
                _cluster.AddCores(c, reservation.CoreIds);
            }

            coresIndex = _cores.Count;
            _cores.Add(chosen);
        }

        ref var usage = ref _cluster.Usage[c];
        usage.CpuUsed += group.Cpu + coresMhz;
        usage.MemoryUsed += group.Memory;
        usage.DiskUsed += group.Disk;
        foreach (var other in _groups)
        {
            if (other.FitCache.Length > 0)
            {
                other.FitCache[c] = double.NaN;
            }
        }

        _cluster.AddPorts(c, group.StaticPorts);
        var portsIndex = -1;
        if (group.DynamicPorts.Length > 0)
        {
            var assigned = DynamicPorts.Assign(_cluster.Nodes[c], _cluster.UsedPorts[c], group.DynamicPorts.Length, ref _portState);
            _cluster.AddPorts(c, assigned);
            portsIndex = _dynamicPorts.Count;
            _dynamicPorts.Add(assigned);
        }

        var devicesIndex = -1;
        if (group.DeviceAsks.Length > 0)
        {
            var offers = new List<AllocatedDeviceResource>(group.DeviceAsks.Length);
            DeviceAllocator.TryAssign(_cluster.Nodes[c], group.DeviceAsks, _cluster.UsedDevices?[c], offers, out _);
            _cluster.AddDevices(c, offers);
            devicesIndex = _devices.Count;
            _devices.Add([.. offers]);
        }

        _cluster.JobCount[c]++;
        group.GroupCount[c]++;
        foreach (var spread in group.Spreads)
        {
            spread.Add(c);
        }

        foreach (var property in group.DistinctProperties)
        {
            property.Add(c);
        }

        return new Placement(group.Index, index, _cluster.RequestOrdinal[c], _evaluated, _filtered, _exhausted, option.Score, coresIndex, preemptionsIndex, portsIndex, devicesIndex);
    }
}
