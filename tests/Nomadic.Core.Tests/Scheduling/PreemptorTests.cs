using Nomadic.Core.Scheduling;
using static Nomadic.Core.Tests.Scheduling.PreemptionFixtures;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>The selection expectations of Nomad's scheduler/feasible/preemption_test.go, on CPU, memory, disk and cores.</summary>
public class PreemptorTests
{
    private static readonly ComparableResources _nothingFree = new(0, 0, 0, 0);

    private static List<Allocation>? Select(int jobPriority, ComparableResources ask, params Allocation[] candidates) =>
        Preemptor.Select(jobPriority, candidates, _nothingFree, ask, _ => 0);

    [Fact]
    public void Allocations_within_the_priority_delta_are_never_candidates()
    {
        Assert.Null(Select(50, new(100, 100, 0, 0), Running("a", "n", 41, 1000, 1000)));
        Assert.NotNull(Select(50, new(100, 100, 0, 0), Running("a", "n", 40, 1000, 1000)));
    }

    [Fact]
    public void Returns_null_when_all_candidates_together_are_not_enough()
    {
        Assert.Null(Select(100, new(1000, 1000, 0, 0), Running("a", "n", 10, 400, 400), Running("b", "n", 10, 400, 400)));
    }

    [Fact]
    public void Picks_the_single_closest_allocation()
    {
        var chosen = Select(100, new(500, 500, 0, 0), Running("big", "n", 10, 1000, 1000), Running("small", "n", 10, 200, 200), Running("exact", "n", 10, 500, 500));
        Assert.Equal(["exact"], chosen!.Select(a => a.ID));
    }

    [Fact]
    public void Lowest_priority_group_is_exhausted_first()
    {
        var chosen = Select(100, new(500, 500, 0, 0),
            Running("p20", "n", 20, 500, 500, job: "mid"),
            Running("p10a", "n", 10, 200, 200),
            Running("p10b", "n", 10, 200, 200),
            Running("p10c", "n", 10, 200, 200));
        Assert.Equal(["p10a", "p10b", "p10c"], chosen!.Select(a => a.ID).Order());
    }

    [Fact]
    public void Filter_superset_drops_picks_another_pick_covers()
    {
        // Nomad: "Filter out allocs whose resource usage superset is also in the preemption list".
        var chosen = Select(100, new(1000, 256, 0, 0), Running("large", "n", 10, 1500, 256), Running("medium", "n", 10, 600, 256));
        Assert.Equal(["large"], chosen!.Select(a => a.ID));
    }

    [Fact]
    public void Equal_distances_pick_the_first_candidate()
    {
        var chosen = Select(100, new(500, 500, 0, 0), Running("first", "n", 10, 500, 500), Running("second", "n", 10, 500, 500));
        Assert.Equal(["first"], chosen!.Select(a => a.ID));
    }

    [Fact]
    public void Groups_past_migrate_max_parallel_are_penalized()
    {
        var crowded = Running("crowded", "n", 10, 500, 500, job: "a", maxParallel: 1);
        var other = Running("other", "n", 10, 600, 600, job: "b", maxParallel: 1);
        var chosen = Preemptor.Select(100, [crowded, other], _nothingFree, new(500, 500, 0, 0), alloc => alloc.JobID == "a" ? 1 : 0);
        Assert.Equal(["other"], chosen!.Select(a => a.ID));
    }

    [Fact]
    public void Cores_are_freed_by_allocations_holding_them()
    {
        var chosen = Select(100, new(100, 100, 0, 2), Running("no-cores", "n", 10, 4000, 4000), Running("cores", "n", 10, 200, 200, cores: [0, 1]));
        Assert.Contains(chosen!, a => a.ID == "cores");
    }

    [Fact]
    public void Preemption_score_is_one_half_at_net_priority_2048()
    {
        Assert.Equal(2048.0, PreemptionScore.NetPriority([Running("a", "n", 2047, 0, 0)]));
        Assert.Equal(0.5, PreemptionScore.Of([Running("a", "n", 2047, 0, 0)]), 12);
        Assert.Equal(20 + (30.0 / 20), PreemptionScore.NetPriority([Running("a", "n", 10, 0, 0), Running("b", "n", 20, 0, 0)]));
        Assert.True(PreemptionScore.Of([Running("a", "n", 10, 0, 0)]) > PreemptionScore.Of([Running("a", "n", 40, 0, 0)]));
    }
}
