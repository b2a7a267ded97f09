using Nomadic.Core.Jobs;
using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>A reused <see cref="ClusterSnapshot"/> plans exactly as the plain node list does, and never serves old node data.</summary>
public class ClusterSnapshotTests
{
    private readonly PlacementEngine _engine = new(new SchedulerOptions { Seed = 7 });

    private static readonly string[] JobNames = ["service", "even spread", "targeted spread", "distinct property", "static port", "system", "datacenter glob", "unplaceable"];

    public static TheoryData<string> Jobs => [.. JobNames];

    [Theory]
    [MemberData(nameof(Jobs))]
    public void A_reused_snapshot_gives_the_same_plan_as_the_node_list(string name)
    {
        var nodes = MixedCluster();
        var snapshot = new ClusterSnapshot(nodes);

        // Every other job is planned on the same snapshot in between, so anything one plan left behind would show.
        foreach (var other in JobNames)
        {
            _engine.Plan(new PlacementRequest { Job = JobNamed(other), Nodes = snapshot });
        }

        var fresh = _engine.Plan(new PlacementRequest { Job = JobNamed(name), Nodes = nodes });
        AssertSamePlan(fresh, _engine.Plan(new PlacementRequest { Job = JobNamed(name), Nodes = snapshot }));
        AssertSamePlan(fresh, _engine.Plan(new PlacementRequest { Job = JobNamed(name), Nodes = snapshot }));
    }

    [Fact]
    public void Existing_allocations_count_the_same_on_a_snapshot()
    {
        var nodes = MixedCluster();
        var snapshot = new ClusterSnapshot(nodes);
        var job = JobNamed("even spread");
        var first = _engine.Plan(new PlacementRequest { Job = job, Nodes = snapshot }).ToAllocations().Take(5).ToList();
        var grown = JobNamed("even spread");
        grown.TaskGroups![0].Count = 30;
        AssertSamePlan(
            _engine.Plan(new PlacementRequest { Job = grown, Nodes = nodes, Allocations = first }),
            _engine.Plan(new PlacementRequest { Job = grown, Nodes = snapshot, Allocations = first }));
    }

    [Fact]
    public void Changed_nodes_are_not_served_from_an_old_snapshot()
    {
        var nodes = MixedCluster();
        var old = new ClusterSnapshot(nodes);
        var before = _engine.Plan(new PlacementRequest { Job = JobNamed("even spread"), Nodes = nodes });

        // The host replaces nodes: one moves rack, one drains, one shrinks; the list it built the snapshot from changes.
        for (var i = 0; i < nodes.Count; i += 3)
        {
            nodes[i] = Node(i, rack: "r9");
        }

        nodes[1] = new ClusterNode { ID = nodes[1].ID, Name = nodes[1].Name, Datacenter = "dc1", Drain = true };
        nodes[2] = Node(2, cpu: 100, memory: 100);
        var after = _engine.Plan(new PlacementRequest { Job = JobNamed("even spread"), Nodes = nodes });
        Assert.NotEqual(before.Placements.ToArray(), after.Placements.ToArray());

        AssertSamePlan(after, _engine.Plan(new PlacementRequest { Job = JobNamed("even spread"), Nodes = new ClusterSnapshot(nodes) }));
        AssertSamePlan(before, _engine.Plan(new PlacementRequest { Job = JobNamed("even spread"), Nodes = old }));
    }

    [Fact]
    public void Plans_on_a_snapshot_do_not_use_up_its_reserved_ports()
    {
        var nodes = Enumerable.Range(0, 3).Select(i => WithReservedPorts(Node(i), "22,8000-8010")).ToList();
        var snapshot = new ClusterSnapshot(nodes);
        var job = JobNamed("static port");
        var first = _engine.Plan(new PlacementRequest { Job = job, Nodes = snapshot });
        Assert.Equal(3, first.PlacedCount);
        AssertSamePlan(first, _engine.Plan(new PlacementRequest { Job = job, Nodes = snapshot }));

        var colliding = JobNamed("static port");
        colliding.TaskGroups![0].Networks![0].ReservedPorts![0].Value = 8005;
        Assert.Equal(0, _engine.Plan(new PlacementRequest { Job = colliding, Nodes = snapshot }).PlacedCount);
        Assert.Equal(3, _engine.Plan(new PlacementRequest { Job = job, Nodes = snapshot }).PlacedCount);
    }

    [Fact]
    public void The_snapshot_is_the_node_list_it_was_built_from()
    {
        var nodes = MixedCluster();
        var snapshot = new ClusterSnapshot(nodes);
        Assert.Equal(nodes, snapshot);
        Assert.Same(nodes[5], snapshot[5]);
        var plan = _engine.Plan(new PlacementRequest { Job = JobNamed("service"), Nodes = snapshot });
        Assert.Same(nodes[plan.Placements[0].NodeOrdinal], plan.NodeOf(plan.Placements[0]));
        Assert.Throws<ArgumentNullException>(() => new ClusterSnapshot([nodes[0], null!]));
    }

    private static List<ClusterNode> MixedCluster()
    {
        var nodes = new List<ClusterNode>();
        for (var i = 0; i < 60; i++)
        {
            var node = Node(i, cpu: 2000 + (i % 5 * 1000), dc: i % 4 == 0 ? "eu-west" : "dc1", rack: $"r{i % 6}", nodeClass: i % 7 == 0 ? "gpu" : "");
            nodes.Add(i % 11 == 3 ? new ClusterNode { ID = node.ID, Name = node.Name, Datacenter = node.Datacenter, Status = "down" } : node);
        }

        return nodes;
    }

    private static ClusterNode WithReservedPorts(ClusterNode node, string ports) => new()
    {
        ID = node.ID,
        Name = node.Name,
        Datacenter = node.Datacenter,
        Attributes = node.Attributes,
        Meta = node.Meta,
        Drivers = node.Drivers,
        NodeResources = node.NodeResources,
        ReservedResources = new NodeReservedResources { Networks = new NodeReservedNetworkResources { ReservedHostPorts = ports } },
    };

    private static Job JobNamed(string name) => name switch
    {
        "service" => Job(25),
        "even spread" => Job(20, configure: g => g.Spreads = [new Spread { Attribute = "${meta.rack}", Weight = 100 }]),
        "targeted spread" => Job(20, configure: g => g.Spreads = [new Spread
        {
            Attribute = "${meta.rack}",
            Weight = 50,
            SpreadTarget = [new SpreadTarget { Value = "r1", Percent = 60 }, new SpreadTarget { Value = "r-none", Percent = 10 }],
        }]),
        "distinct property" => Job(12, configure: g => g.Constraints = [new Constraint { LTarget = "${meta.rack}", Operand = "distinct_property", RTarget = "2" }]),
        "static port" => Job(3, configure: g => g.Networks = [new Nomadic.Core.Jobs.NetworkResource { ReservedPorts = [new Nomadic.Core.Jobs.Port { Label = "http", Value = 9000 }] }]),
        "system" => Job(1, type: "system"),
        "datacenter glob" => WithDatacenters(Job(10), "eu-*"),
        _ => Job(5, memory: 1_000_000),
    };

    private static Job WithDatacenters(Job job, string pattern)
    {
        job.Datacenters = [pattern];
        return job;
    }

    private static void AssertSamePlan(PlacementPlan expected, PlacementPlan actual)
    {
        Assert.Equal(expected.Placements.ToArray(), actual.Placements.ToArray());
        Assert.Equal(expected.FailedTGAllocs.Keys.Order(), actual.FailedTGAllocs.Keys.Order());
        foreach (var (group, metric) in expected.FailedTGAllocs)
        {
            var other = actual.FailedTGAllocs[group];
            Assert.Equal(metric.NodesEvaluated, other.NodesEvaluated);
            Assert.Equal(metric.NodesInPool, other.NodesInPool);
            Assert.Equal(metric.NodesAvailable.ToList(), other.NodesAvailable.ToList());
            Assert.Equal(metric.ConstraintFiltered.OrderBy(p => p.Key).ToList(), other.ConstraintFiltered.OrderBy(p => p.Key).ToList());
            Assert.Equal(metric.DimensionExhausted.OrderBy(p => p.Key).ToList(), other.DimensionExhausted.OrderBy(p => p.Key).ToList());
            Assert.Equal(metric.CoalescedFailures, other.CoalescedFailures);
        }
    }
}
