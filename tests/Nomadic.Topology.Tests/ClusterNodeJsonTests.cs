using Nomadic.Topology.Cluster;

namespace Nomadic.Topology.Tests;

public sealed class ClusterNodeJsonTests
{
    private const string NodeJson = """
        {
          "ID": "f7476465-4d6e-c0de-26d0-e383c49be941", "Name": "client-1", "Datacenter": "dc1",
          "NodePool": "gpu", "NodeClass": "large", "Status": "ready", "SchedulingEligibility": "eligible",
          "Attributes": { "kernel.name": "linux", "cpu.totalcompute": "14000" },
          "Meta": { "rack": "r1" },
          "Drivers": { "docker": { "Detected": true, "Healthy": true, "Attributes": { "driver.docker": "true" }, "UpdateTime": "2024-01-01T00:00:00Z" } },
          "NodeResources": {
            "Cpu": { "CpuShares": 14000, "TotalCpuCores": 4, "ReservableCpuCores": [0, 1, 2, 3] },
            "Memory": { "MemoryMB": 8192 }, "Disk": { "DiskMB": 100000 },
            "Networks": [ { "Mode": "host", "Device": "eth0", "CIDR": "10.0.0.5/32", "IP": "10.0.0.5", "MBits": 1000 } ],
            "Devices": [ { "Vendor": "nvidia", "Type": "gpu", "Name": "t1000",
              "Instances": [ { "ID": "GPU-1", "Healthy": true, "Locality": { "PciBusID": "00000000:02:00.1" } } ],
              "Attributes": { "memory": { "Int": 4096, "Unit": "MiB" } } } ],
            "Processors": { "Topology": {
              "Nodes": [0], "Distances": [[10]],
              "Cores": [
                { "SocketID": 0, "NodeID": 0, "ID": 0, "Grade": true, "Disable": false, "BaseSpeed": 3500, "MaxSpeed": 0, "GuessSpeed": 0 },
                { "SocketID": 0, "NodeID": 0, "ID": 1, "Grade": false, "Disable": true, "BaseSpeed": 0, "MaxSpeed": 3000, "GuessSpeed": 0 } ],
              "BusAssociativity": { "0000:02:00.1": 0 }, "OverrideTotalCompute": 0, "OverrideWitholdCompute": 100 } },
            "MinDynamicPort": 20000, "MaxDynamicPort": 32000
          },
          "ReservedResources": { "Cpu": { "CpuShares": 100 }, "Memory": { "MemoryMB": 256 }, "Disk": { "DiskMB": 0 }, "Networks": { "ReservedHostPorts": "22" } },
          "CreateIndex": 7, "ModifyIndex": 9, "SomethingNewer": { "x": 1 }
        }
        """;

    [Fact]
    public void Reads_nomads_node_shape()
    {
        var node = ClusterNodeJson.Parse(NodeJson);
        Assert.Equal(("client-1", "dc1", "gpu", "large"), (node.Name, node.Datacenter, node.NodePool, node.NodeClass));
        Assert.Equal("r1", node.Meta["rack"]);
        Assert.True(node.Drivers["docker"].Healthy);
        var resources = node.NodeResources!;
        Assert.Equal([0, 1, 2, 3], resources.Cpu.ReservableCpuCores);
        Assert.Equal("00000000:02:00.1", resources.Devices[0].Instances[0].Locality!.PciBusID);
        Assert.Equal(4096, resources.Devices[0].Attributes["memory"].Int);
        var topology = resources.Processors.Topology!;
        Assert.Equal(CoreGrade.Efficiency, topology.Cores[1].Grade);
        Assert.True(topology.Cores[1].Disabled);
        Assert.Equal(3400, topology.UsableCompute);
        Assert.Equal(0, topology.NumaNodeOfBus(resources.Devices[0].Instances[0].Locality!.PciBusID));
        Assert.Equal("22", node.ReservedResources!.Networks.ReservedHostPorts);
    }

    [Fact]
    public void Writes_nomads_field_names_and_round_trips()
    {
        var json = ClusterNodeJson.Serialize(ClusterNodeJson.Parse(NodeJson));
        foreach (var name in new[] { "\"SchedulingEligibility\"", "\"Processors\"", "\"Topology\"", "\"Nodes\"", "\"Distances\"", "\"SocketID\"", "\"NodeID\"", "\"Grade\": true", "\"Disable\"", "\"GuessSpeed\"", "\"OverrideWitholdCompute\"", "\"PciBusID\"", "\"ReservableCpuCores\"" })
        {
            Assert.Contains(name, json);
        }

        Assert.Equal(json, ClusterNodeJson.Serialize(ClusterNodeJson.Parse(json)));
    }

    [Fact]
    public void Reads_go_byte_slices_written_as_base64()
    {
        var json = """{ "NodeResources": { "Processors": { "Topology": { "Nodes": "AAE=", "Distances": ["ChQ=", "FAo="], "Cores": [] } } } }""";
        var topology = ClusterNodeJson.Parse(json).NodeResources!.Processors.Topology!;
        Assert.Equal([0, 1], topology.NumaNodes);
        Assert.Equal(20, topology.Distance(0, 1));
    }

    [Fact]
    public void Round_trips_every_known_topology_in_an_array()
    {
        var nodes = new[] { KnownTopologies.Basic, KnownTopologies.Workstation, KnownTopologies.R6a }
            .Select((t, i) => new ClusterNode { ID = $"n{i}", NodeResources = new NodeResources { Processors = new NodeProcessorResources { Topology = t } } })
            .ToArray();
        var back = ClusterNodeJson.ParseArray(ClusterNodeJson.SerializeArray(nodes, indented: false));
        Assert.Equal(3, back.Count);
        var r6a = back[2].NodeResources!.Processors.Topology!;
        Assert.Equal(KnownTopologies.R6a.Cores, r6a.Cores);
        Assert.Equal(32, r6a.Distance(0, 3));
        Assert.Equal(KnownTopologies.Workstation.BusAssociativity.Count, back[1].NodeResources!.Processors.Topology!.BusAssociativity.Count);
    }

    [Theory]
    [InlineData("""{ "NodeResources": { "Cpu": { "CpuShares": "lots" } } }""", "$.NodeResources.Cpu.CpuShares")]
    [InlineData("""{ "Meta": [1] }""", "$.Meta")]
    [InlineData("""{ "NodeResources": { "Processors": { "Topology": { "Nodes": [0, 1], "Distances": [[10]] } } } }""", "2x2")]
    [InlineData("""{ "NodeResources": { "Processors": { "Topology": { "Nodes": [300] } } } }""", "0 to 255")]
    [InlineData("""{ "Name": "x" """, "line 1")]
    [InlineData("null", "found null")]
    public void Bad_input_names_the_path(string json, string expected)
    {
        var ex = Assert.Throws<ClusterNodeJsonException>(() => ClusterNodeJson.Parse(json));
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void An_array_with_a_null_node_is_an_error()
    {
        var ex = Assert.Throws<ClusterNodeJsonException>(() => ClusterNodeJson.ParseArray("[{}, null]"));
        Assert.Contains("$[1]", ex.Message);
    }
}
