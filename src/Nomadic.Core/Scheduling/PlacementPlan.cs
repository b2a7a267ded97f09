using System.Globalization;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// The result of <see cref="PlacementEngine.Plan"/>: compact placements in the order they were made, and a Nomad
/// <see cref="AllocMetric"/> for every group that could not be fully placed.
/// </summary>
public sealed class PlacementPlan
{
    private readonly Placement[] _placements;
    private readonly GroupState[] _groups;
    private readonly IReadOnlyList<ClusterNode> _nodes;
    private readonly ulong _seed;
    private readonly List<int[]> _dynamicPorts;
    private readonly List<AllocatedDeviceResource[]> _devices;

    internal PlacementPlan(Job job, IReadOnlyList<ClusterNode> nodes, Placement[] placements, int placed, GroupState[] groups, List<IReadOnlyList<TaskCoreReservation>> cores, Dictionary<string, AllocMetric> failed, ulong seed, IReadOnlyList<IReadOnlyList<Allocation>> preemptions, Dictionary<string, List<Allocation>> nodePreemptions, List<int[]> dynamicPorts, List<AllocatedDeviceResource[]> devices)
    {
        _devices = devices;
        _dynamicPorts = dynamicPorts;
        Preemptions = preemptions;
        NodePreemptions = nodePreemptions.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<Allocation>)pair.Value, StringComparer.Ordinal);
        Job = job;
        _nodes = nodes;
        _placements = placements;
        PlacedCount = placed;
        _groups = groups;
        CoreReservations = cores;
        FailedTGAllocs = failed;
        _seed = seed;
    }

    /// <summary>The job that was planned.</summary>
    public Job Job { get; }

    /// <summary>How many allocations were placed.</summary>
    public int PlacedCount { get; }

    /// <summary>The placements, in order.</summary>
    public ReadOnlySpan<Placement> Placements => _placements.AsSpan(0, PlacedCount);

    /// <summary>The cores reserved by placements whose group asks for cores; <see cref="Placement.CoresIndex"/> points here.</summary>
    public IReadOnlyList<IReadOnlyList<TaskCoreReservation>> CoreReservations { get; }

    /// <summary>For each group not fully placed, Nomad's metric of the first failure (later ones are coalesced).</summary>
    public IReadOnlyDictionary<string, AllocMetric> FailedTGAllocs { get; }

    /// <summary>The existing allocations each preempting placement evicts; <see cref="Placement.PreemptionsIndex"/> points here.</summary>
    public IReadOnlyList<IReadOnlyList<Allocation>> Preemptions { get; }

    /// <summary>Nomad's <c>Plan.NodePreemptions</c>: by node ID, every existing allocation the plan preempts there, in order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Allocation>> NodePreemptions { get; }

    /// <summary>The existing allocations a placement preempts.</summary>
    /// <param name="placement">A placement of this plan.</param>
    /// <returns>The preempted allocations, empty when the placement fit without preemption.</returns>
    public IReadOnlyList<Allocation> PreemptedBy(in Placement placement) =>
        placement.PreemptionsIndex >= 0 ? Preemptions[placement.PreemptionsIndex] : [];

    /// <summary>The node of a placement.</summary>
    /// <param name="placement">A placement of this plan.</param>
    /// <returns>The node from the request.</returns>
    public ClusterNode NodeOf(in Placement placement) => _nodes[placement.NodeOrdinal];

    /// <summary>Builds Nomad-shaped allocations (IDs derived from the seed, names, resources, metrics) for every placement.</summary>
    /// <returns>One allocation per placement, in order.</returns>
    public IReadOnlyList<Allocation> ToAllocations()
    {
        var result = new Allocation[PlacedCount];
        var state = _seed ^ 0x5DEECE66DUL;
        for (var i = 0; i < PlacedCount; i++)
        {
            ref readonly var placement = ref _placements[i];
            var group = _groups[placement.GroupIndex];
            var node = _nodes[placement.NodeOrdinal];
            var reservations = placement.CoresIndex >= 0 ? CoreReservations[placement.CoresIndex] : [];
            var tasks = new Dictionary<string, AllocatedTaskResources>(group.TaskNames.Length, StringComparer.Ordinal);
            for (var t = 0; t < group.TaskNames.Length; t++)
            {
                var cores = FindTask(reservations, t);
                tasks[group.TaskNames[t]] = new AllocatedTaskResources
                {
                    Cpu = new AllocatedCpuResources { CpuShares = cores?.Mhz ?? group.TaskCpu[t], ReservedCores = cores?.CoreIds ?? [] },
                    Memory = new AllocatedMemoryResources { MemoryMB = group.TaskMemory[t], MemoryMaxMB = group.TaskMemoryMax[t] },
                    NumaNode = cores?.NumaNode,
                    Devices = DevicesOf(group, placement, t),
                };
            }

            result[i] = new Allocation
            {
                ID = NewId(ref state),
                Namespace = Job.Namespace ?? JobDefaults.Namespace,
                Name = string.Create(CultureInfo.InvariantCulture, $"{Job.ID}.{group.Name}[{placement.AllocIndex}]"),
                JobID = Job.ID ?? string.Empty,
                JobPriority = Job.Priority ?? JobDefaults.Priority,
                TaskGroup = group.Name,
                NodeID = node.ID,
                NodeName = node.Name,
                AllocatedResources = new AllocatedResources
                {
                    Tasks = tasks,
                    Shared = new AllocatedSharedResources { DiskMB = group.Disk, Ports = PortsOf(group, placement) },
                },
                PreemptedAllocations = [.. PreemptedBy(placement).Select(alloc => alloc.ID)],
                DesiredStatus = AllocationStatus.DesiredRun,
                ClientStatus = AllocationStatus.ClientPending,
                Metrics = new AllocMetric
                {
                    NodesEvaluated = placement.NodesEvaluated,
                    NodesFiltered = placement.NodesFiltered,
                    NodesExhausted = placement.NodesExhausted,
                    ScoreMetaData = [new NodeScoreMeta { NodeID = node.ID, NormScore = placement.Score }],
                },
            };
        }

        return result;
    }

    /// <summary>The static ports plus the dynamic ones with the numbers assigned to this placement.</summary>
    private IReadOnlyList<AllocatedPort> PortsOf(GroupState group, in Placement placement)
    {
        if (placement.PortsIndex < 0)
        {
            return group.Ports;
        }

        var assigned = _dynamicPorts[placement.PortsIndex];
        var ports = new List<AllocatedPort>(group.Ports.Length + assigned.Length);
        ports.AddRange(group.Ports);
        for (var i = 0; i < assigned.Length; i++)
        {
            ports.Add(group.DynamicPorts[i] with { Value = assigned[i] });
        }

        return ports;
    }

    /// <summary>The devices assigned to one task of a placement, in the order of its requests.</summary>
    private IReadOnlyList<AllocatedDeviceResource> DevicesOf(GroupState group, in Placement placement, int task)
    {
        if (placement.DevicesIndex < 0)
        {
            return [];
        }

        var offers = _devices[placement.DevicesIndex];
        var result = new List<AllocatedDeviceResource>();
        for (var i = 0; i < group.DeviceAsks.Length; i++)
        {
            if (group.DeviceAsks[i].TaskIndex == task)
            {
                result.Add(offers[i]);
            }
        }

        return result;
    }

    /// <summary>The devices the placements assigned, per placement with devices; <see cref="Placement.DevicesIndex"/> points here, one entry per device request of the group in task order.</summary>
    public IReadOnlyList<IReadOnlyList<AllocatedDeviceResource>> DeviceAssignments => _devices;

    private static TaskCoreReservation? FindTask(IReadOnlyList<TaskCoreReservation> reservations, int task)
    {
        foreach (var reservation in reservations)
        {
            if (reservation.TaskIndex == task)
            {
                return reservation;
            }
        }

        return null;
    }

    private static string NewId(ref ulong state)
    {
        var a = SeededShuffle.Next(ref state);
        var b = SeededShuffle.Next(ref state);
        var hex = string.Create(CultureInfo.InvariantCulture, $"{a:x16}{b:x16}");
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
