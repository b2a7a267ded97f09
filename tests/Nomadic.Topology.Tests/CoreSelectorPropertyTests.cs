using CsCheck;
using Nomadic.Topology.Selection;

namespace Nomadic.Topology.Tests;

public sealed class CoreSelectorPropertyTests
{
    private static readonly NodeTopology[] Topologies = [KnownTopologies.Basic, KnownTopologies.Workstation, KnownTopologies.R6a];

    private static readonly Gen<(NodeTopology Topology, HashSet<int> Taken, HashSet<int> Disabled, int Count, int? Device)> Cases =
        from index in Gen.Int[0, 2]
        let topology = Topologies[index]
        from taken in Gen.Int[0, topology.Cores.Count - 1].HashSet[0, topology.Cores.Count]
        from disabled in Gen.Int[0, topology.Cores.Count - 1].HashSet[0, 4]
        from count in Gen.Int[1, Math.Min(64, topology.Cores.Count)]
        from device in Gen.Int[-1, topology.NumaNodes.Count - 1]
        select (topology.ToBuilder().DisableCores(disabled).Build(), taken, disabled, count, device < 0 ? (int?)null : device);

    [Fact]
    public void Selections_are_exact_and_avoid_unavailable_and_disabled_cores() =>
        Cases.Sample(c =>
        {
            foreach (var affinity in new[] { NumaAffinity.None, NumaAffinity.Prefer, NumaAffinity.Require })
            {
                var s = CoreSelector.Select(c.Topology, c.Taken, c.Count, affinity, c.Device);
                var free = c.Topology.UsableCores.Count(core => !c.Taken.Contains(core.Id));
                if (s is null)
                {
                    Assert.True(affinity == NumaAffinity.Require || free < c.Count);
                    continue;
                }

                Assert.Equal(c.Count, s.CoreIds.Distinct().Count());
                Assert.DoesNotContain(s.CoreIds, id => c.Taken.Contains(id) || c.Disabled.Contains(id));
                Assert.Equal(s.CoreIds.Sum(id => c.Topology.Cores.Single(core => core.Id == id).Mhz), s.TotalMhz);
            }
        });

    [Fact]
    public void Require_lies_on_one_node_and_on_the_devices_node() =>
        Cases.Sample(c =>
        {
            var s = CoreSelector.Select(c.Topology, c.Taken, c.Count, NumaAffinity.Require, c.Device);
            if (s is not null)
            {
                Assert.Single(s.NumaNodes);
                if (c.Device is { } device)
                {
                    Assert.Equal(device, s.NumaNodes[0]);
                }
            }
            else if (c.Device is null)
            {
                Assert.DoesNotContain(c.Topology.NumaNodes, n => c.Topology.CoresOn(n).Count(core => !core.Disabled && !c.Taken.Contains(core.Id)) >= c.Count);
            }
        });

    [Fact]
    public void Prefer_is_never_farther_apart_than_none() =>
        Cases.Sample(c =>
        {
            var prefer = CoreSelector.Select(c.Topology, c.Taken, c.Count, NumaAffinity.Prefer, c.Device);
            var none = CoreSelector.Select(c.Topology, c.Taken, c.Count, NumaAffinity.None, c.Device);
            Assert.Equal(prefer is null, none is null);
            if (prefer is not null)
            {
                Assert.True(prefer.TotalDistance <= none!.TotalDistance, $"prefer {prefer.TotalDistance} > none {none.TotalDistance}");
            }
        });

    [Fact]
    public void Selection_is_deterministic() =>
        Cases.Sample(c => Assert.Equal(
            CoreSelector.Select(c.Topology, c.Taken, c.Count, NumaAffinity.Prefer, c.Device)?.CoreIds,
            CoreSelector.Select(c.Topology, c.Taken, c.Count, NumaAffinity.Prefer, c.Device)?.CoreIds));
}
