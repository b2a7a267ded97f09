using Nomadic.Topology.Cluster;
using Nomadic.Topology.Cluster.Generation;

namespace Nomadic.Topology.Tests;

public sealed class ClusterGeneratorTests
{
    private static readonly IReadOnlyList<ClusterNode> Twelve = ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = 12, Seed = 7 });

    [Fact]
    public void A_small_cluster_has_one_two_and_four_NUMA_node_machines()
    {
        var numaCounts = Twelve.Select(n => n.NodeResources!.Processors.Topology!.NumaNodes.Count).Distinct().Order();

        Assert.Equal([1, 2, 4], numaCounts);
    }

    [Fact]
    public void Nodes_are_spread_over_three_datacenters_and_their_racks()
    {
        Assert.Equal(["dc1", "dc2", "dc3"], Twelve.Select(n => n.Datacenter).Distinct().Order());
        Assert.All(Twelve, n => Assert.StartsWith(n.Datacenter + "-r", n.Meta["rack"], StringComparison.Ordinal));
        Assert.Equal(6, Twelve.Select(n => n.Meta["rack"]).Distinct().Count());
    }

    [Fact]
    public void Every_node_has_linux_drivers_and_unique_identity()
    {
        Assert.All(Twelve, n =>
        {
            Assert.Equal("linux", n.Attributes["kernel.name"]);
            Assert.Contains(n.Attributes["cpu.arch"], new[] { "amd64", "arm64" });
            Assert.Equal(n.Name, n.Attributes["unique.hostname"]);
            Assert.True(n.Drivers["docker"].Detected && n.Drivers["docker"].Healthy);
            Assert.True(n.Drivers["exec"].Healthy);
            Assert.Equal("ready", n.Status);
            Assert.False(string.IsNullOrEmpty(n.NodeClass));
        });
        Assert.Equal(Twelve.Count, Twelve.Select(n => n.ID).Distinct().Count());
        Assert.Equal(Twelve.Count, Twelve.Select(n => n.Name).Distinct().Count());
    }

    [Fact]
    public void GPUs_are_nvidia_devices_whose_bus_maps_to_a_NUMA_node()
    {
        var withGpus = Twelve.Where(n => n.NodeResources!.Devices.Count > 0).ToList();

        Assert.NotEmpty(withGpus);
        Assert.All(withGpus, n =>
        {
            var device = Assert.Single(n.NodeResources!.Devices);
            Assert.Equal(("nvidia", "gpu"), (device.Vendor, device.Type));
            Assert.False(string.IsNullOrEmpty(device.Name));
            Assert.Equal("gpu", n.NodeClass);
            var numaNodes = device.Instances.Select(i =>
            {
                Assert.True(i.Healthy);
                Assert.StartsWith("GPU-", i.ID, StringComparison.Ordinal);
                return n.NodeResources.Processors.Topology!.NumaNodeOfBus(i.Locality!.PciBusID);
            }).ToList();
            Assert.DoesNotContain(null, numaNodes);
            Assert.Equal(n.NodeResources.Processors.Topology!.NumaNodes.Count, numaNodes.Distinct().Count());
        });
    }

    [Fact]
    public void Resources_agree_with_the_topology()
    {
        Assert.All(Twelve, n =>
        {
            var resources = n.NodeResources!;
            var topology = resources.Processors.Topology!;
            Assert.Equal(topology.UsableCompute, resources.Cpu.CpuShares);
            Assert.Equal(topology.Cores.Count, resources.Cpu.TotalCpuCores);
            Assert.Equal(topology.MemoryMB.Values.Sum(), resources.Memory.MemoryMB);
            Assert.True(resources.Disk.DiskMB > 0);
        });
    }

    [Fact]
    public void The_same_seed_gives_the_same_cluster_and_another_seed_a_different_one()
    {
        var again = ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = 12, Seed = 7 });
        var other = ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = 12, Seed = 8 });

        Assert.Equal(ClusterNodeJson.SerializeArray(Twelve), ClusterNodeJson.SerializeArray(again));
        Assert.NotEqual(ClusterNodeJson.SerializeArray(Twelve), ClusterNodeJson.SerializeArray(other));
    }

    [Fact]
    public void The_JSON_reads_back_through_the_node_reader()
    {
        var json = ClusterNodeJson.SerializeArray(Twelve);

        var read = ClusterNodeJson.ParseArray(json);

        Assert.Equal(json, ClusterNodeJson.SerializeArray(read));
        Assert.Equal(Twelve.Select(n => n.NodeResources!.Processors.Topology!.Cores.Count), read.Select(n => n.NodeResources!.Processors.Topology!.Cores.Count));
    }

    [Fact]
    public void A_large_cluster_holds_every_machine_kind()
    {
        var nodes = ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = 500, Seed = 1 });

        Assert.Equal(["compute", "general", "gpu", "highmem"], nodes.Select(n => n.NodeClass).Distinct().Order());
        Assert.Equal(5, nodes.Select(n => n.Meta["machine"]).Distinct().Count());
        Assert.Contains(nodes, n => n.Attributes["cpu.arch"] == "arm64");
        Assert.Contains(nodes, n => n.Drivers.ContainsKey("raw_exec"));
        Assert.Contains(nodes, n => !n.Drivers.ContainsKey("raw_exec"));
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(10, 0)]
    public void Out_of_range_options_are_rejected(int count, int racks)
    {
        Assert.ThrowsAny<ArgumentException>(() => ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = count, RacksPerDatacenter = racks }));
    }

    [Fact]
    public void Zero_nodes_is_an_empty_cluster()
    {
        Assert.Empty(ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = 0 }));
    }
}
