using Nomadic.Core.Jobs;
using Nomadic.Core.Scheduling;
using Nomadic.Topology;
using Nomadic.Topology.Cluster;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

public class DeviceTests
{
    internal static NodeDeviceResource Gpu(string model, int instances, long memoryMiB, string prefix, int unhealthy = 0) => new()
    {
        Vendor = "nvidia",
        Type = "gpu",
        Name = model,
        Instances = [.. Enumerable.Range(0, instances).Select(i => new NodeDevice { ID = $"{prefix}-{i}", Healthy = i >= unhealthy })],
        Attributes = new Dictionary<string, DeviceAttribute>
        {
            ["memory"] = new() { Int = memoryMiB, Unit = "MiB" },
            ["cuda_cores"] = new() { Int = model == "A100" ? 6912 : 2560 },
        },
    };

    internal static ClusterNode GpuNode(int i, params NodeDeviceResource[] devices) => GpuNode(i, null, devices);

    internal static ClusterNode GpuNode(int i, NodeTopology? topology, params NodeDeviceResource[] devices)
    {
        var node = Node(i, topology: topology);
        return new ClusterNode
        {
            ID = node.ID,
            Name = node.Name,
            Datacenter = node.Datacenter,
            NodeClass = node.NodeClass,
            Attributes = node.Attributes,
            Meta = node.Meta,
            Drivers = node.Drivers,
            NodeResources = new NodeResources
            {
                Cpu = node.NodeResources!.Cpu,
                Memory = node.NodeResources.Memory,
                Disk = node.NodeResources.Disk,
                Processors = node.NodeResources.Processors,
                Devices = devices,
            },
        };
    }

    internal static Job GpuJob(int count, RequestedDevice device) =>
        Job(count, configure: g => g.Tasks![0].Resources!.Devices = [device]);

    private static PlacementPlan Plan(Job job, IReadOnlyList<ClusterNode> nodes, IReadOnlyList<Allocation>? existing = null, ulong seed = 1) =>
        new PlacementEngine().Plan(new PlacementRequest { Job = job, Nodes = nodes, Allocations = existing ?? [], Seed = seed });

    private static IReadOnlyList<AllocatedDeviceResource> DevicesOf(Allocation alloc) => alloc.AllocatedResources.Tasks["redis"].Devices;

    [Fact]
    public void Placements_get_distinct_healthy_instances_until_the_node_runs_out()
    {
        var node = GpuNode(0, Gpu("T4", 5, 16_384, "t4", unhealthy: 1));
        var plan = Plan(GpuJob(3, new RequestedDevice { Name = "nvidia/gpu", Count = 2 }), [node]);

        var allocs = plan.ToAllocations();
        Assert.Equal(2, allocs.Count);
        var first = Assert.Single(DevicesOf(allocs[0]));
        var second = Assert.Single(DevicesOf(allocs[1]));
        Assert.Equal(("nvidia", "gpu", "T4"), (first.Vendor, first.Type, first.Name));
        Assert.Equal(["t4-1", "t4-2"], first.DeviceIDs);
        Assert.Equal(["t4-3", "t4-4"], second.DeviceIDs);

        var metric = plan.FailedTGAllocs["cache"];
        Assert.Equal(1, metric.NodesExhausted);
        Assert.Equal(1, metric.DimensionExhausted["devices: no devices match request"]);
    }

    [Fact]
    public void Instances_held_by_existing_allocations_are_not_assigned_again()
    {
        var node = GpuNode(0, Gpu("T4", 4, 16_384, "t4"));
        var holder = new Allocation
        {
            ID = "holder",
            Name = "other.gpu[0]",
            JobID = "other",
            TaskGroup = "gpu",
            NodeID = node.ID,
            AllocatedResources = new AllocatedResources
            {
                Tasks = new Dictionary<string, AllocatedTaskResources>
                {
                    ["train"] = new() { Devices = [new AllocatedDeviceResource("nvidia", "gpu", "T4", ["t4-0", "t4-2"])] },
                },
            },
        };

        var plan = Plan(GpuJob(2, new RequestedDevice { Name = "gpu", Count = 1 }), [node], [holder]);

        var allocs = plan.ToAllocations();
        Assert.Equal(["t4-1"], Assert.Single(DevicesOf(allocs[0])).DeviceIDs);
        Assert.Equal(["t4-3"], Assert.Single(DevicesOf(allocs[1])).DeviceIDs);
        Assert.Empty(plan.FailedTGAllocs);
    }

    [Fact]
    public void Every_request_of_a_group_gets_its_own_instances()
    {
        var node = GpuNode(0, Gpu("T4", 3, 16_384, "t4"));
        var job = Job(1, configure: g =>
        {
            g.Tasks![0].Resources!.Devices = [new RequestedDevice { Name = "gpu", Count = 1 }];
            g.Tasks.Add(new JobTask { Name = "sidecar", Driver = "docker", Resources = new Resources { CPU = 100, MemoryMB = 64, Devices = [new RequestedDevice { Name = "nvidia/gpu/T4", Count = 2 }] } });
        });

        var alloc = Assert.Single(Plan(job, [node]).ToAllocations());
        Assert.Equal(["t4-0"], Assert.Single(DevicesOf(alloc)).DeviceIDs);
        Assert.Equal(["t4-1", "t4-2"], Assert.Single(alloc.AllocatedResources.Tasks["sidecar"].Devices).DeviceIDs);
    }

    [Theory]
    [InlineData("nvidia/gpu/A100", "A100")]
    [InlineData("nvidia/gpu/T4", "T4")]
    public void The_full_name_selects_the_device_group(string name, string model)
    {
        var node = GpuNode(0, Gpu("T4", 2, 16_384, "t4"), Gpu("A100", 2, 40_960, "a100"));
        var alloc = Assert.Single(Plan(GpuJob(1, new RequestedDevice { Name = name, Count = 2 }), [node]).ToAllocations());
        Assert.Equal(model, Assert.Single(DevicesOf(alloc)).Name);
    }

    [Fact]
    public void Device_constraints_filter_device_groups()
    {
        var node = GpuNode(0, Gpu("T4", 2, 16_384, "t4"), Gpu("A100", 2, 40_960, "a100"));
        var request = new RequestedDevice
        {
            Name = "gpu",
            Count = 1,
            Constraints = [new Constraint { LTarget = "${device.attr.memory}", Operand = ">=", RTarget = "20000" }],
        };

        var alloc = Assert.Single(Plan(GpuJob(1, request), [node]).ToAllocations());
        Assert.Equal(["a100-0"], Assert.Single(DevicesOf(alloc)).DeviceIDs);
    }

    [Fact]
    public void A_node_whose_devices_all_fail_the_constraints_is_filtered_as_missing_devices()
    {
        var nodes = new[] { GpuNode(0, Gpu("T4", 2, 16_384, "t4")), GpuNode(1, Gpu("A100", 2, 40_960, "a100")) };
        var request = new RequestedDevice
        {
            Name = "nvidia/gpu",
            Count = 1,
            Constraints =
            [
                new Constraint { LTarget = "${device.model}", Operand = "=", RTarget = "A100" },
                new Constraint { LTarget = "${device.vendor}", Operand = "=", RTarget = "nvidia" },
                new Constraint { LTarget = "${device.type}", Operand = "=", RTarget = "gpu" },
            ],
        };

        var plan = Plan(GpuJob(3, request), nodes);
        var allocs = plan.ToAllocations();
        Assert.Equal(2, allocs.Count);
        Assert.All(allocs, a => Assert.Equal("node-000001", a.NodeID));
        var metric = plan.FailedTGAllocs["cache"];
        Assert.Equal(1, metric.ConstraintFiltered["missing devices"]);
        Assert.Equal(1, metric.DimensionExhausted["devices: no devices match request"]);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void Device_affinities_prefer_the_matching_node(ulong seed)
    {
        var nodes = new[] { GpuNode(0, Gpu("T4", 2, 16_384, "t4")), GpuNode(1, Gpu("A100", 2, 40_960, "a100")) };
        var request = new RequestedDevice
        {
            Name = "gpu",
            Count = 1,
            Affinities = [new Affinity { LTarget = "${device.model}", Operand = "=", RTarget = "A100", Weight = 50 }],
        };

        var plan = Plan(GpuJob(1, request), nodes, seed: seed);
        var alloc = Assert.Single(plan.ToAllocations());
        Assert.Equal("node-000001", alloc.NodeID);
        Assert.Equal(["a100-0"], Assert.Single(DevicesOf(alloc)).DeviceIDs);
    }

    [Fact]
    public void Device_affinity_score_is_appended_to_the_node_score()
    {
        var node = GpuNode(0, Gpu("T4", 2, 16_384, "t4"));
        var plain = Plan(GpuJob(1, new RequestedDevice { Name = "gpu", Count = 1 }), [node]).Placements[0].Score;
        var request = new RequestedDevice
        {
            Name = "gpu",
            Count = 1,
            Affinities =
            [
                new Affinity { LTarget = "${device.model}", Operand = "=", RTarget = "T4", Weight = 60 },
                new Affinity { LTarget = "${device.attr.cuda_cores}", Operand = ">", RTarget = "5000", Weight = 20 },
            ],
        };

        var scored = Plan(GpuJob(1, request), [node]).Placements[0].Score;
        Assert.Equal((plain + (60.0 / 80.0)) / 2, scored, 12);
    }

    [Fact]
    public void Within_a_node_the_affinity_picks_the_device_group()
    {
        var node = GpuNode(0, Gpu("T4", 2, 16_384, "t4"), Gpu("A100", 2, 40_960, "a100"));
        var request = new RequestedDevice
        {
            Name = "gpu",
            Count = 1,
            Affinities = [new Affinity { LTarget = "${device.attr.memory}", Operand = ">", RTarget = "20000", Weight = 100 }],
        };

        var alloc = Assert.Single(Plan(GpuJob(1, request), [node]).ToAllocations());
        Assert.Equal("A100", Assert.Single(DevicesOf(alloc)).Name);
    }

    private static NodeTopology TwoNumaNodes()
    {
        var builder = new NodeTopologyBuilder().AddNumaNode(0).AddNumaNode(1).SetDistances([[10, 21], [21, 10]])
            .AddPciDevice("0000:01:00.0", 0).AddPciDevice("0000:81:00.0", 1);
        for (var core = 0; core < 8; core++)
        {
            builder.AddCore(new Topology.Core(core, 0, core / 4, CoreGrade.Performance, false, 2000, 0, 0));
        }

        return builder.Build();
    }

    private static NodeDeviceResource GpusOnBothNumaNodes() => new()
    {
        Vendor = "nvidia",
        Type = "gpu",
        Name = "T4",
        Instances =
        [
            new NodeDevice { ID = "far", Healthy = true, Locality = new NodeDeviceLocality { PciBusID = "0000:81:00.0" } },
            new NodeDevice { ID = "near", Healthy = true, Locality = new NodeDeviceLocality { PciBusID = "0000:01:00.0" } },
        ],
    };

    private static Job NumaJob(string affinity, bool numaDevices) => Job(1, configure: g =>
    {
        var resources = g.Tasks![0].Resources!;
        resources.CPU = null;
        resources.Cores = 2;
        resources.NUMA = new NumaResource { Affinity = affinity, Devices = numaDevices ? ["gpu"] : null };
        resources.Devices = [new RequestedDevice { Name = "gpu", Count = 1 }];
    });

    [Theory]
    [InlineData("require")]
    [InlineData("prefer")]
    [InlineData("none")]
    public void Numa_devices_keep_the_cores_on_the_devices_numa_node(string affinity)
    {
        var node = GpuNode(0, TwoNumaNodes(), GpusOnBothNumaNodes());
        var alloc = Assert.Single(Plan(NumaJob(affinity, numaDevices: true), [node]).ToAllocations());
        var task = alloc.AllocatedResources.Tasks["redis"];
        Assert.Equal(["far"], Assert.Single(task.Devices).DeviceIDs);
        Assert.Equal([4, 5], task.Cpu.ReservedCores);
        Assert.Equal(1, task.NumaNode);
    }

    [Fact]
    public void Without_numa_devices_the_cores_ignore_the_devices()
    {
        var node = GpuNode(0, TwoNumaNodes(), GpusOnBothNumaNodes());
        var alloc = Assert.Single(Plan(NumaJob("require", numaDevices: false), [node]).ToAllocations());
        Assert.Equal([0, 1], alloc.AllocatedResources.Tasks["redis"].Cpu.ReservedCores);
    }

    [Fact]
    public void Numa_devices_under_require_exhaust_numa_cores_when_the_devices_node_is_full()
    {
        var node = GpuNode(0, TwoNumaNodes(), GpusOnBothNumaNodes());
        var holder = new Allocation
        {
            ID = "holder",
            Name = "other.cpu[0]",
            JobID = "other",
            TaskGroup = "cpu",
            NodeID = node.ID,
            AllocatedResources = new AllocatedResources
            {
                Tasks = new Dictionary<string, AllocatedTaskResources>
                {
                    ["pin"] = new() { Cpu = new AllocatedCpuResources { CpuShares = 6000, ReservedCores = [4, 5, 6] } },
                },
            },
        };

        var plan = Plan(NumaJob("require", numaDevices: true), [node], [holder]);
        Assert.Equal(0, plan.PlacedCount);
        Assert.Equal(1, plan.FailedTGAllocs["cache"].DimensionExhausted["numa-cores"]);
    }
}
