namespace Nomadic.Topology.Tests;

public sealed class NodeTopologyTests
{
    [Fact]
    public void Basic_matches_nomads_mock()
    {
        var t = KnownTopologies.Basic;
        Assert.Equal([0], t.NumaNodes);
        Assert.Equal(4, t.Cores.Count);
        Assert.Equal(14_000, t.TotalCompute);
        Assert.Equal(14_000, t.UsableCompute);
        Assert.Equal(10, t.Distance(0, 0));
    }

    [Fact]
    public void Workstation_matches_nomads_mock()
    {
        var t = KnownTopologies.Workstation;
        Assert.Equal(96_000, t.TotalCompute);
        Assert.Equal(20, t.Distance(0, 1));
        Assert.Equal(16, t.CoresOn(1).Count);
        Assert.All(t.CoresOn(1), c => Assert.Equal(1, c.Id % 2));
        Assert.Equal(1, t.NumaNodeOfBus("00000000:08:00.1"));
        Assert.Equal(0, t.NumaNodeOfBus("0000:02:00.1"));
        Assert.Null(t.NumaNodeOfBus("0000:7f:00.0"));
    }

    [Fact]
    public void R6a_matches_nomads_mock()
    {
        var t = KnownTopologies.R6a;
        Assert.Equal(192, t.Cores.Count);
        Assert.Equal(716_352, t.TotalCompute);
        Assert.Equal(12, t.Distance(0, 1));
        Assert.Equal(32, t.Distance(1, 2));
        Assert.Equal(0, t.Cores[100].NumaNodeId);
        Assert.Equal(1, t.Cores[130].NumaNodeId);
        Assert.Equal(1, t.Cores[48].SocketId);
    }

    [Fact]
    public void Mhz_uses_base_then_max_then_guess()
    {
        Assert.Equal(2000, new Core(0, 0, 0, CoreGrade.Performance, false, 2000, 3000, 1000).Mhz);
        Assert.Equal(3000, new Core(0, 0, 0, CoreGrade.Performance, false, 0, 3000, 1000).Mhz);
        Assert.Equal(1000, new Core(0, 0, 0, CoreGrade.Performance, false, 0, 0, 1000).Mhz);
    }

    [Fact]
    public void Disabled_cores_and_withheld_compute_reduce_usable_compute()
    {
        var t = KnownTopologies.Basic.ToBuilder().DisableCores([0]).WithWithheldCompute(500).Build();
        Assert.Equal(14_000, t.TotalCompute);
        Assert.Equal(3 * 3500 - 500, t.UsableCompute);
        Assert.Equal([1, 2, 3], t.UsableCores.Select(c => c.Id));
    }

    [Fact]
    public void Override_total_compute_wins_as_in_nomad()
    {
        var t = KnownTopologies.Basic.ToBuilder().WithOverrideTotalCompute(9000).WithWithheldCompute(500).Build();
        Assert.Equal(9000, t.TotalCompute);
        Assert.Equal(9000, t.UsableCompute);
    }

    [Fact]
    public void Non_contiguous_node_ids_index_the_slit_by_position()
    {
        var t = new NodeTopologyBuilder()
            .AddNumaNode(0).AddNumaNode(2).SetDistances([[10, 21], [21, 10]])
            .AddCore(new Core(0, 0, 2, CoreGrade.Performance, false, 1000, 0, 0))
            .Build();
        Assert.Equal(21, t.Distance(0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Distance(0, 1));
    }

    [Fact]
    public void Build_rejects_a_matrix_of_the_wrong_size()
    {
        var builder = new NodeTopologyBuilder().AddNumaNode(0).AddNumaNode(1).SetDistances([[10]]);
        var ex = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("2x2", ex.Message);
    }

    [Fact]
    public void Build_defaults_distances_to_local_10_and_remote_20()
    {
        var t = new NodeTopologyBuilder().AddNumaNode(0).AddNumaNode(1).Build();
        Assert.Equal(10, t.Distance(1, 1));
        Assert.Equal(20, t.Distance(0, 1));
    }

    [Theory]
    [InlineData("0000:03:00.0", "00000000:03:00.0", true)]
    [InlineData("0000:03:00.0", "03:00.0", true)]
    [InlineData("0000:03:00.0", "0000:03:00.1", false)]
    [InlineData("0001:03:00.0", "0000:03:00.0", false)]
    [InlineData("0000:0A:00.0", "0000:0a:00.0", true)]
    public void Bus_ids_compare_like_nomad(string a, string b, bool equal) =>
        Assert.Equal(equal, PciBusId.AreEqual(a, b));
}
