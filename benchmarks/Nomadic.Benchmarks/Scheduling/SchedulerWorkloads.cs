using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Topology.Cluster;

namespace Nomadic.Benchmarks.Scheduling;

/// <summary>Synthetic clusters and jobs for the scheduler benchmarks: uniform nodes in 25 racks, one service group.</summary>
internal static class SchedulerWorkloads
{
    public const long NodeCpu = 16_000;
    public const long NodeMemory = 32_768;

    public static ClusterNode[] Nodes(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new ClusterNode
        {
            ID = $"node-{i:D6}",
            Name = $"node{i}",
            Datacenter = "dc1",
            Attributes = new Dictionary<string, string> { ["kernel.name"] = "linux" },
            Meta = new Dictionary<string, string> { ["rack"] = $"r{i % 25}" },
            Drivers = new Dictionary<string, DriverInfo> { ["docker"] = new() { Detected = true, Healthy = true } },
            NodeResources = new NodeResources
            {
                Cpu = new NodeCpuResources { CpuShares = NodeCpu },
                Memory = new NodeMemoryResources { MemoryMB = NodeMemory },
                Disk = new NodeDiskResources { DiskMB = 1_000_000 },
            },
        }),
    ];

    public static Job Job(int count, bool spread) => JobCanonicalizer.Canonicalize(new Job
    {
        ID = "bench",
        Type = "service",
        TaskGroups =
        [
            new TaskGroup
            {
                Name = "web",
                Count = count,
                EphemeralDisk = new EphemeralDisk { SizeMB = 10 },
                Constraints = [new Constraint { LTarget = "${attr.kernel.name}", Operand = "=", RTarget = "linux" }],
                Spreads = spread ? [new Spread { Attribute = "${meta.rack}", Weight = 100 }] : null,
                Tasks = [new JobTask { Name = "app", Driver = "docker", Resources = new Resources { CPU = 100, MemoryMB = 128 } }],
            },
        ],
    });
}
