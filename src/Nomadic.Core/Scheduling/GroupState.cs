using System.Globalization;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Selection;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// What one task group asks for, flattened once per plan: summed CPU/memory/disk, cores per task, static ports,
/// drivers, constraints split into class-cacheable and escaped ones, affinities and spreads, plus the per-candidate
/// caches the placement loop reads (class eligibility, affinity score, allocations of the group per node).
/// </summary>
internal sealed class GroupState
{
    public const sbyte ClassUnknown = 0;
    public const sbyte ClassEligible = 1;
    public const sbyte ClassIneligible = 2;

    public required int Index { get; init; }

    public required TaskGroup Group { get; init; }

    public required string Name { get; init; }

    public required int Count { get; init; }

    public required string[] TaskNames { get; init; }

    public required long[] TaskCpu { get; init; }

    public required long[] TaskMemory { get; init; }

    public required long[] TaskMemoryMax { get; init; }

    public long Cpu { get; init; }

    public long Memory { get; init; }

    public long Disk { get; init; }

    public required CoreDemand[] Cores { get; init; }

    public required int[] StaticPorts { get; init; }

    public required AllocatedPort[] Ports { get; init; }

    /// <summary>The <c>port "label" {}</c> blocks without a static number; their <c>Value</c> is 0 until assigned.</summary>
    public required AllocatedPort[] DynamicPorts { get; init; }

    public required string[] Drivers { get; init; }

    public required Constraint[] ClassConstraints { get; init; }

    public required Constraint[] EscapedConstraints { get; init; }

    public required RequestedDevice[] Devices { get; init; }

    /// <summary>Every task's device requests, in task order; empty when the group asks for no devices.</summary>
    public DeviceAsk[] DeviceAsks { get; init; } = [];

    /// <summary>The sum of the absolute device affinity weights (Nomad's <c>totalDeviceAffinityWeight</c>), 0 when there are none.</summary>
    public double DeviceAffinityWeight { get; init; }

    public bool DistinctHostsJob { get; init; }

    public bool DistinctHostsGroup { get; init; }

    public required DistinctProperty[] DistinctProperties { get; init; }

    public required Affinity[] Affinities { get; init; }

    public double AffinityWeightSum { get; init; }

    public required SpreadState[] Spreads { get; init; }

    public required sbyte[] ClassStatus { get; init; }

    /// <summary>
    /// The check that made each ineligible class fail. Nomad reports later nodes of such a class as
    /// "computed class ineligible"; the engine repeats the real reason, which explains more.
    /// </summary>
    public required string?[] ClassReasons { get; init; }

    public required double[] AffinityScore { get; init; }

    /// <summary>
    /// Each candidate's normalized fit score for this group's demand, or a negative code when CPU, memory or disk
    /// lack; NaN until computed, cleared when a placement changes the node's usage. Unused when the group reserves
    /// cores, whose MHz depend on the cores chosen.
    /// </summary>
    public required double[] FitCache { get; init; }

    /// <summary>
    /// Whether feasibility and fit come from the class and fit caches alone: no escaped constraints, distinct
    /// hosts or properties, static ports or cores.
    /// </summary>
    public bool HasOnlyCachedChecks { get; init; }

    /// <summary>Allocations of this job and group on each candidate (existing, not stopped, plus proposed).</summary>
    public required int[] GroupCount { get; init; }

    public static GroupState Create(Job job, TaskGroup group, int index, ClusterState cluster, bool memoryOversubscription, List<DistinctProperty> jobProperties)
    {
        var tasks = group.Tasks ?? [];
        var names = new string[tasks.Count];
        var cpu = new long[tasks.Count];
        var memory = new long[tasks.Count];
        var memoryMax = new long[tasks.Count];
        var cores = new List<CoreDemand>();
        var ports = new List<AllocatedPort>();
        var dynamicPorts = new List<AllocatedPort>();
        var drivers = new List<string>();
        var constraints = new List<Constraint>(job.Constraints ?? []);
        constraints.AddRange(group.Constraints ?? []);
        var affinities = new List<Affinity>(job.Affinities ?? []);
        affinities.AddRange(group.Affinities ?? []);
        var devices = new List<RequestedDevice>();
        var deviceAsks = new List<DeviceAsk>();
        AddPorts(group.Networks, ports);
        AddDynamicPorts(group.Networks, dynamicPorts);
        for (var t = 0; t < tasks.Count; t++)
        {
            var task = tasks[t];
            var resources = task.Resources;
            names[t] = task.Name;
            if (resources?.Cores is > 0 and var count)
            {
                cores.Add(new CoreDemand(t, count, ParseAffinity(resources.NUMA?.Affinity), resources.NUMA?.Devices is { Count: > 0 } numaDevices ? [.. numaDevices] : null));
            }
            else
            {
                cpu[t] = resources?.CPU ?? JobDefaults.CpuMhz;
            }

            memory[t] = resources?.MemoryMB ?? JobDefaults.MemoryMB;
            memoryMax[t] = memoryOversubscription ? resources?.MemoryMaxMB ?? 0 : 0;
            AddPorts(resources?.Networks, ports);
            AddDynamicPorts(resources?.Networks, dynamicPorts);
            foreach (var device in resources?.Devices ?? [])
            {
                devices.Add(device);
                deviceAsks.Add(new DeviceAsk(t, device));
            }
            if (task.Driver.Length > 0 && !drivers.Contains(task.Driver))
            {
                drivers.Add(task.Driver);
            }

            constraints.AddRange(task.Constraints ?? []);
            affinities.AddRange(task.Affinities ?? []);
        }

        var distinctHostsJob = HasDistinctHosts(job.Constraints);
        var groupProperties = new List<DistinctProperty>();
        var groupOwnConstraints = new List<Constraint>(group.Constraints ?? []);
        foreach (var task in tasks)
        {
            groupOwnConstraints.AddRange(task.Constraints ?? []);
        }

        foreach (var constraint in groupOwnConstraints)
        {
            if (constraint.Operand == "distinct_property")
            {
                groupProperties.Add(NewDistinctProperty(constraint, cluster));
            }
        }

        var properties = new List<DistinctProperty>(jobProperties);
        properties.AddRange(groupProperties);
        var spreads = BuildSpreads(job, group, cluster);
        var escaped = constraints.Where(c => IsChecked(c) && IsEscaped(c)).ToArray();
        var state = new GroupState
        {
            HasOnlyCachedChecks = escaped.Length == 0 && !distinctHostsJob && !HasDistinctHosts(groupOwnConstraints)
                && properties.Count == 0 && ports.Count == 0 && dynamicPorts.Count == 0 && cores.Count == 0
                && deviceAsks.Count == 0,
            Index = index,
            Group = group,
            Name = group.Name ?? string.Empty,
            Count = group.Count ?? 1,
            TaskNames = names,
            TaskCpu = cpu,
            TaskMemory = memory,
            TaskMemoryMax = memoryMax,
            Cpu = cpu.Sum(),
            Memory = memory.Sum(),
            Disk = group.EphemeralDisk?.SizeMB ?? JobDefaults.EphemeralDiskMB,
            Cores = [.. cores],
            StaticPorts = [.. ports.Select(p => p.Value)],
            Ports = [.. ports],
            DynamicPorts = [.. dynamicPorts],
            Drivers = [.. drivers],
            ClassConstraints = [.. constraints.Where(c => IsChecked(c) && !IsEscaped(c))],
            EscapedConstraints = escaped,
            Devices = [.. devices],
            DeviceAsks = [.. deviceAsks],
            DeviceAffinityWeight = devices.Sum(DeviceAllocator.TotalWeight),
            DistinctHostsJob = distinctHostsJob,
            DistinctHostsGroup = HasDistinctHosts(groupOwnConstraints),
            DistinctProperties = [.. properties],
            Affinities = [.. affinities],
            AffinityWeightSum = affinities.Sum(a => Math.Abs((double)(a.Weight ?? JobDefaults.Weight))),
            Spreads = spreads,
            ClassStatus = new sbyte[cluster.ClassCount],
            ClassReasons = new string?[cluster.ClassCount],
            AffinityScore = affinities.Count > 0 ? NewNaNArray(cluster.Count) : [],
            FitCache = cores.Count == 0 ? NewNaNArray(cluster.Count) : [],
            GroupCount = new int[cluster.Count],
        };
        return state;
    }

    public static DistinctProperty NewDistinctProperty(Constraint constraint, ClusterState cluster)
    {
        var allowed = int.TryParse(constraint.RTarget, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
        return new DistinctProperty(constraint.LTarget, allowed, cluster);
    }

    public static bool HasDistinctHosts(IEnumerable<Constraint>? constraints)
    {
        foreach (var constraint in constraints ?? [])
        {
            if (constraint.Operand == "distinct_hosts" && !string.Equals(constraint.RTarget, "false", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static string Describe(Constraint constraint) => $"{constraint.LTarget} {constraint.Operand} {constraint.RTarget}";

    private static SpreadState[] BuildSpreads(Job job, TaskGroup group, ClusterState cluster)
    {
        var combined = new List<Spread>(group.Spreads ?? []);
        combined.AddRange(job.Spreads ?? []);
        var count = group.Count ?? 1;
        var result = new SpreadState[combined.Count];
        for (var i = 0; i < combined.Count; i++)
        {
            var spread = combined[i];
            var targets = new List<(string, double)>();
            var sum = 0.0;
            foreach (var target in spread.SpreadTarget ?? [])
            {
                var desired = target.Percent / 100.0 * count;
                targets.Add((target.Value, desired));
                sum += desired;
            }

            var implicitDesired = sum > 0 && sum < count ? count - sum : double.NaN;
            result[i] = new SpreadState(spread.Attribute, spread.Weight ?? JobDefaults.Weight, targets, implicitDesired, cluster);
        }

        return result;
    }

    private static void AddPorts(IList<Jobs.NetworkResource>? networks, List<AllocatedPort> ports)
    {
        foreach (var network in networks ?? [])
        {
            foreach (var port in network.ReservedPorts ?? [])
            {
                if (port.Value > 0)
                {
                    ports.Add(new AllocatedPort(port.Label, port.Value, port.To));
                }
            }
        }
    }

    private static void AddDynamicPorts(IList<Jobs.NetworkResource>? networks, List<AllocatedPort> ports)
    {
        foreach (var network in networks ?? [])
        {
            foreach (var port in network.DynamicPorts ?? [])
            {
                ports.Add(new AllocatedPort(port.Label, 0, port.To));
            }
        }
    }

    private static NumaAffinity ParseAffinity(string? affinity) => affinity switch
    {
        "prefer" => NumaAffinity.Prefer,
        "require" => NumaAffinity.Require,
        _ => NumaAffinity.None,
    };

    private static bool IsChecked(Constraint constraint) => constraint.Operand is not ("distinct_hosts" or "distinct_property");

    private static bool IsEscaped(Constraint constraint) =>
        NodeTargets.IsEscaped(constraint.LTarget ?? string.Empty) || NodeTargets.IsEscaped(constraint.RTarget ?? string.Empty);

    private static double[] NewNaNArray(int length)
    {
        var array = new double[length];
        Array.Fill(array, double.NaN);
        return array;
    }
}
