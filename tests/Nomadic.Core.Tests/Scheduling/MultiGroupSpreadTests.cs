using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Scheduling;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>
/// How Nomad 1.7 carries spread state across the groups of one job: <c>GenericStack.Select</c> sets the limit
/// for every group with spreads or affinities, and <c>SpreadIterator</c> adds a group's weights to a running sum
/// when it first sees the group (<c>scheduler/stack.go</c>, <c>scheduler/spread.go</c>).
/// </summary>
public class MultiGroupSpreadTests
{
    private readonly PlacementEngine _engine = new();

    [Fact]
    public void Each_spread_group_sets_the_limit_to_its_own_count()
    {
        var job = TwoGroups(firstCount: 200, secondCount: 120, new Spread { Attribute = "${meta.rack}" });
        var plan = _engine.Plan(new PlacementRequest { Job = job, Nodes = Nodes(400), Seed = 3 });
        foreach (var placement in plan.Placements)
        {
            // The limit counts options that fit; up to MaxSkip low-scoring ones are put aside on top of it.
            var limit = placement.GroupIndex == 0 ? 200 : 120;
            var fitting = placement.NodesEvaluated - placement.NodesFiltered - placement.NodesExhausted;
            Assert.InRange(fitting, limit, limit + new SchedulerOptions().MaxSkip);
        }
    }

    [Fact]
    public void A_group_weighs_its_spread_against_the_groups_placed_so_far()
    {
        var spread = new Spread { Attribute = "${meta.rack}", Weight = 50, SpreadTarget = [new SpreadTarget { Value = "r0", Percent = 100 }] };
        var job = TwoGroups(firstCount: 2, secondCount: 2, spread);
        var plan = _engine.Plan(new PlacementRequest { Job = job, Nodes = [Node(0)] });

        // First group: only its own weight is in the sum (50/50); desired 2, used 0+1, so the boost is 0.5.
        var binpack = FitScore.BinPack(4000, 8192, 500, 256) / 18;
        Assert.Equal((binpack + 0.5) / 2, plan.Placements[0].Score, 1e-9);
    }

    private static Job TwoGroups(int firstCount, int secondCount, Spread spread)
    {
        TaskGroup Group(string name, int count) => new()
        {
            Name = name,
            Count = count,
            Spreads = [spread],
            Tasks = [new JobTask { Name = "redis", Driver = "docker", Resources = new Resources { CPU = 500, MemoryMB = 256 } }],
        };

        return JobCanonicalizer.Canonicalize(new Job { ID = "example", Name = "example", Type = "service", TaskGroups = [Group("a", firstCount), Group("b", secondCount)] });
    }
}
