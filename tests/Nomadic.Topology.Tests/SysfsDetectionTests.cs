using Nomadic.Topology.Detection;

namespace Nomadic.Topology.Tests;

public sealed class SysfsDetectionTests
{
    [Fact]
    public void Laptop_has_one_node_and_intel_base_frequency()
    {
        var t = new SysfsTopologyDetector(Fixture.Root("laptop")).Detect();
        Assert.Equal([0], t.NumaNodes);
        Assert.Equal(8, t.Cores.Count);
        Assert.All(t.Cores, c => Assert.Equal((2800, 4700, 1200, CoreGrade.Performance), (c.BaseSpeed, c.MaxSpeed, c.GuessSpeed, c.Grade)));
        Assert.Equal(8 * 2800, t.TotalCompute);
        Assert.Equal(16_000, t.MemoryMB[0]);
        Assert.Empty(t.BusAssociativity);
    }

    [Fact]
    public void Workstation_matches_the_mock_shape()
    {
        var t = new SysfsTopologyDetector(Fixture.Root("workstation")).Detect();
        var mock = KnownTopologies.Workstation;
        Assert.Equal(mock.NumaNodes, t.NumaNodes);
        Assert.Equal(mock.Distances.Select(r => r.ToArray()), t.Distances.Select(r => r.ToArray()));
        Assert.Equal(mock.Cores.Select(c => (c.Id, c.NumaNodeId, c.SocketId, c.Mhz)), t.Cores.Select(c => (c.Id, c.NumaNodeId, c.SocketId, c.Mhz)));
        Assert.Equal(mock.BusAssociativity.OrderBy(p => p.Key), t.BusAssociativity.OrderBy(p => p.Key));
        Assert.Equal(4500, t.Cores[0].MaxSpeed);
    }

    [Fact]
    public void Server_matches_r6a_with_speeds_guessed_from_cpuinfo()
    {
        var t = new SysfsTopologyDetector(Fixture.Root("server")).Detect();
        var mock = KnownTopologies.R6a;
        Assert.Equal(mock.Distances.Select(r => r.ToArray()), t.Distances.Select(r => r.ToArray()));
        Assert.Equal(mock.Cores.Select(c => (c.Id, c.NumaNodeId, c.SocketId, c.Mhz)), t.Cores.Select(c => (c.Id, c.NumaNodeId, c.SocketId, c.Mhz)));
        Assert.All(t.Cores, c => Assert.Equal((0, 0, 3731), (c.BaseSpeed, c.MaxSpeed, c.GuessSpeed)));
        Assert.Equal(mock.TotalCompute, t.TotalCompute);
        Assert.Equal(3, t.NumaNodeOfBus("c1:00.0"));
    }

    [Fact]
    public void Reserved_and_reservable_cores_become_disabled()
    {
        var options = new SysfsDetectionOptions { ReservedCores = [0, 1], ReservableCores = [0, 1, 2, 3, 4, 5], ReservedCompute = 100 };
        var t = new SysfsTopologyDetector(Fixture.Root("laptop"), options).Detect();
        Assert.Equal([2, 3, 4, 5], t.UsableCores.Select(c => c.Id));
        Assert.Equal(4 * 2800 - 100, t.UsableCompute);
    }

    [Fact]
    public void Without_numa_information_everything_is_node_zero()
    {
        var t = new SysfsTopologyDetector(Fixture.Root("no-numa")).Detect();
        Assert.Equal([0], t.NumaNodes);
        Assert.Equal(10, t.Distance(0, 0));
        Assert.Equal(4800, t.TotalCompute);
        Assert.All(t.Cores, c => Assert.Equal(CoreGrade.Performance, c.Grade));
    }

    [Fact]
    public void Without_sysfs_the_generic_scanner_reads_cpuinfo()
    {
        var t = new SysfsTopologyDetector(Fixture.Root("cpuinfo-only")).Detect();
        Assert.Equal(3, t.Cores.Count);
        Assert.Equal(6000, t.TotalCompute);
        Assert.All(t.Cores, c => Assert.Equal(2000, c.BaseSpeed));
    }

    [Theory]
    [InlineData("bad-cpulist", "cpulist")]
    [InlineData("bad-distance", "twenty")]
    [InlineData("empty", "no CPU cores")]
    [InlineData("does-not-exist", "does not exist")]
    public void Bad_trees_give_a_clear_error(string fixture, string expected)
    {
        var ex = Assert.Throws<TopologyDetectionException>(() => new SysfsTopologyDetector(Fixture.Root(fixture)).Detect());
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void This_machine_is_detected_sanely()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var t = new SysfsTopologyDetector().Detect();
        Assert.NotEmpty(t.NumaNodes);
        Assert.NotEmpty(t.Cores);
        Assert.Equal(t.Cores.Count, t.Cores.Select(c => c.Id).Distinct().Count());
        Assert.All(t.NumaNodes, n => Assert.True(t.Distance(n, n) > 0));
        Assert.True(t.TotalCompute >= 0);
    }
}
