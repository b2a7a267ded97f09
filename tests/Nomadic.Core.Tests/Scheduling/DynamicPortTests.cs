using Nomadic.Core.Jobs;
using Nomadic.Core.Scheduling;
using Nomadic.Topology.Cluster;
using static Nomadic.Core.Tests.Scheduling.PreemptionFixtures;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

public class DynamicPortTests
{
    private static readonly PlacementEngine _engine = new();

    private static Job HttpJob(int count) =>
        Job(count, cpu: 10, memory: 10, configure: g => g.Networks = [new Nomadic.Core.Jobs.NetworkResource { DynamicPorts = [new Nomadic.Core.Jobs.Port { Label = "http" }] }]);

    private static ClusterNode NarrowNode(int min, int max)
    {
        var node = Node(0);
        return new ClusterNode
        {
            ID = node.ID,
            Name = node.Name,
            Datacenter = node.Datacenter,
            Attributes = node.Attributes,
            Drivers = node.Drivers,
            NodeResources = new NodeResources
            {
                Cpu = node.NodeResources!.Cpu,
                Memory = node.NodeResources.Memory,
                Disk = node.NodeResources.Disk,
                MinDynamicPort = min,
                MaxDynamicPort = max,
            },
        };
    }

    [Fact]
    public void Ports_come_from_nomads_default_range()
    {
        var allocations = _engine.Plan(new PlacementRequest { Job = HttpJob(20), Nodes = Nodes(2) }).ToAllocations();
        foreach (var byNode in allocations.GroupBy(a => a.NodeID))
        {
            var ports = byNode.Select(a => Assert.Single(a.AllocatedResources.Shared.Ports)).ToList();
            Assert.All(ports, p => Assert.Equal("http", p.Label));
            Assert.All(ports, p => Assert.InRange(p.Value, 20000, 32000));
            Assert.Equal(ports.Count, ports.Select(p => p.Value).Distinct().Count());
        }
    }

    [Fact]
    public void Avoids_ports_held_by_existing_allocations_and_earlier_placements_then_exhausts()
    {
        var node = NarrowNode(20000, 20002);
        var holder = Running("holder", node.ID, 50, 10, 10);
        holder = new Allocation
        {
            ID = holder.ID, JobID = holder.JobID, NodeID = holder.NodeID, ClientStatus = holder.ClientStatus, TaskGroup = holder.TaskGroup,
            AllocatedResources = new AllocatedResources { Tasks = holder.AllocatedResources.Tasks, Shared = new AllocatedSharedResources { Ports = [new AllocatedPort("http", 20001, 0)] } },
        };
        var plan = _engine.Plan(new PlacementRequest { Job = HttpJob(3), Nodes = [node], Allocations = [holder] });
        var values = plan.ToAllocations().Select(a => a.AllocatedResources.Shared.Ports[0].Value).Order();
        Assert.Equal([20000, 20002], values);
        Assert.Equal(1, plan.FailedTGAllocs["cache"].DimensionExhausted["network: dynamic port selection failed"]);
    }

    [Fact]
    public void Same_seed_gives_the_same_ports()
    {
        int[] Ports(ulong seed) => [.. _engine.Plan(new PlacementRequest { Job = HttpJob(10), Nodes = Nodes(3), Seed = seed }).ToAllocations().Select(a => a.AllocatedResources.Shared.Ports[0].Value)];
        Assert.Equal(Ports(7), Ports(7));
    }
}
