using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>
/// Pins the plans of the benchmark workloads (1,000 nodes in 25 racks, seed 42) to the hashes the engine gave
/// before its performance work, so an optimization that changes any node choice, score or count shows up here.
/// </summary>
public class PlanHashTests
{
    private static readonly ClusterNode[] BenchmarkNodes =
    [
        .. Enumerable.Range(0, 1_000).Select(i => new ClusterNode
        {
            ID = $"node-{i:D6}",
            Name = $"node{i}",
            Datacenter = "dc1",
            Attributes = new Dictionary<string, string> { ["kernel.name"] = "linux" },
            Meta = new Dictionary<string, string> { ["rack"] = $"r{i % 25}" },
            Drivers = new Dictionary<string, DriverInfo> { ["docker"] = new() { Detected = true, Healthy = true } },
            NodeResources = new NodeResources
            {
                Cpu = new NodeCpuResources { CpuShares = 16_000 },
                Memory = new NodeMemoryResources { MemoryMB = 32_768 },
                Disk = new NodeDiskResources { DiskMB = 1_000_000 },
            },
        }),
    ];

    [Theory]
    [InlineData(100_000, false, 0xC4B38F5B248793E4UL)]
    [InlineData(1_000, true, 0x8C1213F82DDDF268UL)]
    public void Benchmark_plans_are_unchanged(int count, bool spread, ulong expected)
    {
        var plan = new PlacementEngine().Plan(new PlacementRequest { Job = BenchmarkJob(count, spread), Nodes = BenchmarkNodes, Seed = 42 });
        Assert.Equal(count, plan.PlacedCount);
        Assert.Equal(expected, Hash(plan));
    }

    private static ulong Hash(PlacementPlan plan)
    {
        var hash = 1469598103934665603UL;
        foreach (var p in plan.Placements)
        {
            foreach (var value in (ReadOnlySpan<long>)[p.GroupIndex, p.AllocIndex, p.NodeOrdinal, p.NodesEvaluated, p.NodesFiltered, p.NodesExhausted, BitConverter.DoubleToInt64Bits(p.Score), p.CoresIndex])
            {
                hash = (hash ^ (ulong)value) * 1099511628211UL;
            }
        }

        return hash;
    }

    private static Job BenchmarkJob(int count, bool spread) => JobCanonicalizer.Canonicalize(new Job
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
