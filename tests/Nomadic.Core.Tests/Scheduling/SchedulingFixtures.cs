using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Tests.Scheduling;

internal static class SchedulingFixtures
{
    public static ClusterNode Node(int i, long cpu = 4000, long memory = 8192, string dc = "dc1", string rack = "r0", NodeTopology? topology = null, string nodeClass = "") => new()
    {
        ID = $"node-{i:D6}",
        Name = $"node{i}",
        Datacenter = dc,
        NodeClass = nodeClass,
        Attributes = new Dictionary<string, string> { ["kernel.name"] = "linux", ["unique.hostname"] = $"h{i}" },
        Meta = new Dictionary<string, string> { ["rack"] = rack },
        Drivers = new Dictionary<string, DriverInfo> { ["docker"] = new() { Detected = true, Healthy = true } },
        NodeResources = new NodeResources
        {
            Cpu = new NodeCpuResources { CpuShares = topology is null ? cpu : 0 },
            Memory = new NodeMemoryResources { MemoryMB = memory },
            Disk = new NodeDiskResources { DiskMB = 100_000 },
            Processors = new NodeProcessorResources { Topology = topology },
        },
    };

    public static List<ClusterNode> Nodes(int count, int racks = 4) =>
        [.. Enumerable.Range(0, count).Select(i => Node(i, rack: $"r{i % racks}"))];

    public static Job Job(int count, int cpu = 500, int memory = 256, string type = "service", Action<TaskGroup>? configure = null)
    {
        var group = new TaskGroup
        {
            Name = "cache",
            Count = count,
            Tasks = [new JobTask { Name = "redis", Driver = "docker", Resources = new Resources { CPU = cpu, MemoryMB = memory } }],
        };
        configure?.Invoke(group);
        return JobCanonicalizer.Canonicalize(new Job { ID = "example", Name = "example", Type = type, TaskGroups = [group] });
    }
}
