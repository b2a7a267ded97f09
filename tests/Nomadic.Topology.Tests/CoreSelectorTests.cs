using Nomadic.Topology.Selection;

namespace Nomadic.Topology.Tests;

public sealed class CoreSelectorTests
{
    private static readonly HashSet<int> None = [];

    [Fact]
    public void Ce_takes_the_lowest_ids()
    {
        var s = CoreSelector.SelectLowestIds(KnownTopologies.Workstation, new HashSet<int> { 0 }, 3)!;
        Assert.Equal([1, 2, 3], s.CoreIds);
        Assert.Equal(9000, s.TotalMhz);
        Assert.Equal([0, 1], s.NumaNodes);
    }

    [Fact]
    public void Require_keeps_every_core_on_one_node()
    {
        var s = CoreSelector.Select(KnownTopologies.Workstation, None, 4, NumaAffinity.Require)!;
        Assert.Equal([0, 2, 4, 6], s.CoreIds);
        Assert.Equal([0], s.NumaNodes);
        Assert.Null(CoreSelector.Select(KnownTopologies.Workstation, None, 17, NumaAffinity.Require));
    }

    [Fact]
    public void Require_with_a_device_uses_the_devices_node()
    {
        var node = KnownTopologies.Workstation.NumaNodeOfBus("0000:08:00.1");
        var s = CoreSelector.Select(KnownTopologies.Workstation, None, 2, NumaAffinity.Require, node)!;
        Assert.Equal([1, 3], s.CoreIds);
        var taken = Enumerable.Range(0, 32).Where(i => i % 2 == 1 && i > 3).ToHashSet();
        Assert.Null(CoreSelector.Select(KnownTopologies.Workstation, taken, 3, NumaAffinity.Require, node));
    }

    [Fact]
    public void None_packs_onto_the_fullest_node_that_fits()
    {
        var taken = Enumerable.Range(0, 20).ToHashSet(); // node 0 (0-23,96-119) keeps 4 + 24 = 28; node 1 keeps all 48
        taken.UnionWith(Enumerable.Range(96, 20));       // node 0 keeps 8
        var s = CoreSelector.Select(KnownTopologies.R6a, taken, 6, NumaAffinity.None)!;
        Assert.Equal([0], s.NumaNodes);
        Assert.Equal([20, 21, 22, 23, 116, 117], s.CoreIds);
    }

    [Fact]
    public void Prefer_spans_nodes_of_the_same_socket()
    {
        var s = CoreSelector.Select(KnownTopologies.R6a, None, 60, NumaAffinity.Prefer)!;
        Assert.Equal([0, 1], s.NumaNodes);
        Assert.Equal(60, s.CoreIds.Count);
    }

    [Fact]
    public void Prefer_with_a_device_starts_on_its_node()
    {
        var s = CoreSelector.Select(KnownTopologies.Workstation, None, 2, NumaAffinity.Prefer, 1)!;
        Assert.Equal([1, 3], s.CoreIds);
    }

    [Fact]
    public void Too_few_free_cores_is_null()
    {
        var taken = Enumerable.Range(0, 3).ToHashSet();
        Assert.Null(CoreSelector.Select(KnownTopologies.Basic, taken, 2, NumaAffinity.None));
        Assert.Null(CoreSelector.SelectLowestIds(KnownTopologies.Basic, taken, 2));
    }

    [Fact]
    public void Disabled_cores_are_never_chosen()
    {
        var t = KnownTopologies.Basic.ToBuilder().DisableCores([0, 1]).Build();
        Assert.Equal([2, 3], CoreSelector.Select(t, None, 2, NumaAffinity.None)!.CoreIds);
        Assert.Null(CoreSelector.Select(t, None, 3, NumaAffinity.Prefer));
    }

    [Fact]
    public void A_count_below_one_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CoreSelector.Select(KnownTopologies.Basic, None, 0, NumaAffinity.None));
}
