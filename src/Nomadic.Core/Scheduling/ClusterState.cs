using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// The candidate nodes of one plan (ready, eligible, in the job's pool and datacenters) with their capacity and
/// usage in arrays indexed by candidate ordinal, the computed class of each, and the plan overlay of existing
/// allocations minus planned stops plus new placements.
/// </summary>
internal sealed class ClusterState
{
    private ClusterState(int count, ClusterSnapshot snapshot)
    {
        Snapshot = snapshot;
        ClassCount = snapshot.ClassCount;
        Nodes = new ClusterNode[count];
        RequestOrdinal = new int[count];
        Usage = new NodeUsage[count];
        ClassOf = new int[count];
        UsedPorts = new HashSet<int>?[count];
        JobCount = new int[count];
    }

    /// <summary>The snapshot the candidates come from.</summary>
    public ClusterSnapshot Snapshot { get; }

    public ClusterNode[] Nodes { get; }

    public int[] RequestOrdinal { get; }

    public NodeUsage[] Usage { get; }

    public int[] ClassOf { get; }

    public int ClassCount { get; }

    public HashSet<int>?[] UsedPorts { get; }

    /// <summary>Cores held on each node; null until some allocation holds one.</summary>
    public HashSet<int>?[]? UsedCores { get; private set; }

    /// <summary>Device instances held on each node (<see cref="DeviceAllocator.Key(string, string, string, string)"/>); null until some allocation holds one.</summary>
    public HashSet<string>?[]? UsedDevices { get; private set; }

    /// <summary>Allocations of the job being planned on each node, every group together.</summary>
    public int[] JobCount { get; }

    private Dictionary<string, int>? _candidateById;


    public Dictionary<string, int> NodesAvailable { get; } = new(StringComparer.Ordinal);

    public int Count => Nodes.Length;

    /// <summary>
    /// Builds the candidates from the snapshot's precomputed node data. With a shuffle seed they are stored in
    /// shuffled order, so candidate ordinal and position in Nomad's shuffled node list are the same and the
    /// placement scan walks every array sequentially.
    /// </summary>
    public static ClusterState Build(PlacementRequest request, ClusterSnapshot snapshot, ulong? shuffleSeed)
    {
        var order = Candidates(request, snapshot, out var available);
        if (shuffleSeed is { } seed)
        {
            SeededShuffle.Shuffle(order, seed);
        }

        var state = new ClusterState(order.Length, snapshot);
        foreach (var pair in available)
        {
            state.NodesAvailable[pair.Key] = pair.Value;
        }

        for (var c = 0; c < order.Length; c++)
        {
            var i = order[c];
            state.Nodes[c] = snapshot[i];
            state.RequestOrdinal[c] = i;
            var capacity = snapshot.Capacity[i];
            state.Usage[c] = new NodeUsage { CpuCapacity = capacity.Cpu, MemoryCapacity = capacity.Memory, DiskCapacity = capacity.Disk };
            state.ClassOf[c] = snapshot.ClassOf[i];

            // The snapshot's sets are shared by every plan; a plan adds ports to its own copy.
            state.UsedPorts[c] = snapshot.ReservedPortsOf(i) is { } reserved ? [.. reserved] : null;
        }

        state.AddExisting(request);
        return state;
    }

    /// <summary>The ready nodes of the job's pool and datacenters, in node order, with their count per datacenter.</summary>
    private static int[] Candidates(PlacementRequest request, ClusterSnapshot snapshot, out Dictionary<string, int> available)
    {
        var job = request.Job;
        var pool = job.NodePool ?? JobDefaults.NodePool;
        var datacenters = job.Datacenters is { Count: > 0 } dcs ? dcs : [JobDefaults.Datacenter];
        var groups = snapshot.PlacementGroups;
        var chosenGroup = new bool[groups.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            chosenGroup[g] = (pool == "all" || groups[g].Pool == pool) && InAnyDatacenter(groups[g].Datacenter, datacenters);
        }

        var groupSize = new int[groups.Length];
        var count = 0;
        foreach (var g in snapshot.PlacementGroupOf)
        {
            if (g >= 0 && chosenGroup[g])
            {
                groupSize[g]++;
                count++;
            }
        }

        var chosen = new int[count];
        count = 0;
        for (var i = 0; i < snapshot.Count; i++)
        {
            var g = snapshot.PlacementGroupOf[i];
            if (g >= 0 && chosenGroup[g])
            {
                chosen[count++] = i;
            }
        }

        // Pairs are numbered in order of first appearance, so datacenters enter the map in the order of their
        // first candidate, as Nomad's metric lists them.
        available = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Length; g++)
        {
            if (groupSize[g] > 0)
            {
                available[groups[g].Datacenter] = available.GetValueOrDefault(groups[g].Datacenter) + groupSize[g];
            }
        }

        return chosen;
    }

    /// <summary>The candidate ordinal of a node ID; the index is built on first use, as plans without allocations never need it.</summary>
    public bool TryGetCandidate(string nodeId, out int candidate)
    {
        if (_candidateById is null)
        {
            _candidateById = new Dictionary<string, int>(Nodes.Length, StringComparer.Ordinal);
            for (var c = 0; c < Nodes.Length; c++)
            {
                _candidateById.TryAdd(Nodes[c].ID, c);
            }
        }

        return _candidateById.TryGetValue(nodeId, out candidate);
    }

    public static bool IsReady(ClusterNode node) =>
        node.Status == "ready" && !node.Drain && node.SchedulingEligibility == "eligible";

    public void AddPorts(int c, ReadOnlySpan<int> ports)
    {
        if (ports.Length == 0)
        {
            return;
        }

        var used = UsedPorts[c] ??= [];
        foreach (var port in ports)
        {
            used.Add(port);
        }
    }

    public void AddDevices(int c, IReadOnlyList<AllocatedDeviceResource> devices)
    {
        if (devices.Count == 0)
        {
            return;
        }

        var used = (UsedDevices ??= new HashSet<string>?[Nodes.Length])[c] ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var device in devices)
        {
            foreach (var id in device.DeviceIDs)
            {
                used.Add(DeviceAllocator.Key(device.Vendor, device.Type, device.Name, id));
            }
        }
    }

    public void AddCores(int c, IReadOnlyList<int> cores)
    {
        var used = (UsedCores ??= new HashSet<int>?[Nodes.Length])[c] ??= [];
        foreach (var core in cores)
        {
            used.Add(core);
        }
    }

    private void AddExisting(PlacementRequest request)
    {
        foreach (var alloc in request.Allocations)
        {
            if (!alloc.HoldsResources || request.PlannedStops.Contains(alloc.ID) || !TryGetCandidate(alloc.NodeID, out var c))
            {
                continue;
            }

            ref var usage = ref Usage[c];
            foreach (var task in alloc.AllocatedResources.Tasks.Values)
            {
                usage.CpuUsed += task.Cpu.CpuShares;
                usage.MemoryUsed += task.Memory.MemoryMB;
                if (task.Cpu.ReservedCores.Count > 0)
                {
                    AddCores(c, task.Cpu.ReservedCores);
                }

                AddDevices(c, task.Devices);
            }

            usage.DiskUsed += alloc.AllocatedResources.Shared.DiskMB;
            foreach (var port in alloc.AllocatedResources.Shared.Ports)
            {
                (UsedPorts[c] ??= []).Add(port.Value);
            }

            if (alloc.JobID == request.Job.ID && alloc.Namespace == (request.Job.Namespace ?? JobDefaults.Namespace))
            {
                JobCount[c]++;
            }
        }
    }

    private static bool InAnyDatacenter(string datacenter, IList<string> datacenters)
    {
        foreach (var dc in datacenters)
        {
            if (Glob.Matches(dc, datacenter))
            {
                return true;
            }
        }

        return false;
    }

    internal static NodeCapacity CapacityOf(ClusterNode node)
    {
        var resources = node.NodeResources;
        var reserved = node.ReservedResources;
        var cpu = resources?.Cpu.CpuShares is > 0 and var shares ? shares : resources?.Processors.Topology?.UsableCompute ?? 0;
        return new NodeCapacity(
            cpu - (reserved?.Cpu.CpuShares ?? 0),
            (resources?.Memory.MemoryMB ?? 0) - (reserved?.Memory.MemoryMB ?? 0),
            (resources?.Disk.DiskMB ?? 0) - (reserved?.Disk.DiskMB ?? 0));
    }

    internal static HashSet<int>? ReservedPorts(ClusterNode node)
    {
        var text = node.ReservedResources?.Networks.ReservedHostPorts;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ports = new HashSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 && int.TryParse(part, out var single))
            {
                ports.Add(single);
            }
            else if (dash > 0 && int.TryParse(part[..dash], out var from) && int.TryParse(part[(dash + 1)..], out var to))
            {
                for (var port = from; port <= to && port <= 65535; port++)
                {
                    ports.Add(port);
                }
            }
        }

        return ports;
    }
}
