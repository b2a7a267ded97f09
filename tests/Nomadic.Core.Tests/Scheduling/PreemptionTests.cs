using Nomadic.Core.Scheduling;
using static Nomadic.Core.Tests.Scheduling.PreemptionFixtures;
using static Nomadic.Core.Tests.Scheduling.SchedulingFixtures;

namespace Nomadic.Core.Tests.Scheduling;

/// <summary>Preemption through the engine: when it is tried, what the plan exposes, and that it never over-commits.</summary>
public class PreemptionTests
{
    private static readonly PlacementEngine _default = new();
    private static readonly PlacementEngine _preemptingServices = new(new SchedulerOptions { PreemptServiceJobs = true });

    private static PlacementRequest FullNodeRequest(int jobPriority, int allocPriority, string type = "service")
    {
        var job = Job(1, cpu: 1000, memory: 1024, type: type);
        job.Priority = jobPriority;
        var node = Node(0, cpu: 4000, memory: 8192);
        return new PlacementRequest
        {
            Job = job,
            Nodes = [node],
            Allocations = [Running("low-1", node.ID, allocPriority, 3000, 6000), Running("low-2", node.ID, allocPriority, 1000, 2192)],
        };
    }

    [Fact]
    public void Service_jobs_do_not_preempt_by_default()
    {
        var plan = _default.Plan(FullNodeRequest(80, 20));
        Assert.Equal(0, plan.PlacedCount);
        Assert.Empty(plan.NodePreemptions);
        Assert.Equal(1, plan.FailedTGAllocs["cache"].NodesExhausted);
    }

    [Fact]
    public void Opted_in_service_job_preempts_the_closest_allocation()
    {
        var plan = _preemptingServices.Plan(FullNodeRequest(80, 20));
        Assert.Equal(1, plan.PlacedCount);
        var allocation = Assert.Single(plan.ToAllocations());
        Assert.Equal(["low-2"], allocation.PreemptedAllocations);
        Assert.Equal(["low-2"], plan.NodePreemptions["node-000000"].Select(a => a.ID));
        Assert.Empty(plan.FailedTGAllocs);
    }

    [Fact]
    public void System_jobs_preempt_by_default()
    {
        var plan = _default.Plan(FullNodeRequest(80, 20, type: "system"));
        Assert.Equal(1, plan.PlacedCount);
        Assert.Equal(["low-2"], plan.ToAllocations()[0].PreemptedAllocations);
    }

    [Theory]
    [InlineData(75)]
    [InlineData(80)]
    [InlineData(95)]
    public void Allocations_within_the_delta_or_higher_are_never_preempted(int allocPriority)
    {
        var plan = _preemptingServices.Plan(FullNodeRequest(80, allocPriority));
        Assert.Equal(0, plan.PlacedCount);
        Assert.Empty(plan.NodePreemptions);
    }

    [Fact]
    public void A_node_that_fits_is_preferred_over_preempting()
    {
        var request = FullNodeRequest(80, 20);
        var plan = _preemptingServices.Plan(new PlacementRequest { Job = request.Job, Nodes = [.. request.Nodes, Node(1)], Allocations = request.Allocations });
        Assert.Equal("node-000001", plan.NodeOf(plan.Placements[0]).ID);
        Assert.Empty(plan.NodePreemptions);
    }

    [Fact]
    public void Score_appends_nomads_preemption_score()
    {
        var plan = _preemptingServices.Plan(FullNodeRequest(80, 20));

        // The fit is scored on usage before eviction (over-committed, so 18/18), then the preemption score is appended.
        var expected = (1.0 + PreemptionScore.Of([Running("x", "n", 20, 0, 0)])) / 2;
        Assert.Equal(expected, plan.Placements[0].Score, 12);
    }

    [Fact]
    public void Freed_resources_serve_later_placements_and_are_not_preempted_twice()
    {
        var job = Job(3, cpu: 1000, memory: 1024);
        job.Priority = 80;
        var node = Node(0, cpu: 4000, memory: 8192);
        var allocs = new[] { Running("a", node.ID, 10, 2000, 2048), Running("b", node.ID, 10, 2000, 6144) };
        var plan = _preemptingServices.Plan(new PlacementRequest { Job = job, Nodes = [node], Allocations = allocs });
        var preempted = plan.NodePreemptions[node.ID].Select(a => a.ID).ToList();
        Assert.Equal(preempted.Distinct().Count(), preempted.Count);
        AssertNotOverCommitted(plan, [node], allocs);
    }

    [Fact]
    public void Reserved_cores_are_freed_by_preempting_their_holder()
    {
        var node = Node(0, memory: 1_000_000, topology: Nomadic.Topology.KnownTopologies.Workstation);
        var job = Job(1, memory: 100, configure: g => g.Tasks![0].Resources = new Nomadic.Core.Jobs.Resources { Cores = 2, MemoryMB = 100 });
        job.Priority = 80;
        var holder = Running("holder", node.ID, 10, 32 * 3000, 1000, cores: [.. Enumerable.Range(0, 32)]);
        var plan = _preemptingServices.Plan(new PlacementRequest { Job = job, Nodes = [node], Allocations = [holder] });
        var allocation = Assert.Single(plan.ToAllocations());
        Assert.Equal(["holder"], allocation.PreemptedAllocations);
        Assert.Equal(2, allocation.AllocatedResources.Tasks["redis"].Cpu.ReservedCores.Count);
    }

    [Fact]
    public void Property_never_preempts_protected_allocations_nor_over_commits()
    {
        var random = new Random(42);
        for (var round = 0; round < 60; round++)
        {
            var nodes = Enumerable.Range(0, 1 + random.Next(4)).Select(i => Node(i, cpu: 4000, memory: 8192)).ToList();
            var allocs = new List<Allocation>();
            foreach (var node in nodes)
            {
                long cpu = 0, memory = 0;
                for (var a = 0; a < random.Next(1, 6); a++)
                {
                    var askCpu = random.Next(1, 16) * 100;
                    var askMemory = random.Next(1, 24) * 128;
                    if (cpu + askCpu > 4000 || memory + askMemory > 8192)
                    {
                        break;
                    }

                    cpu += askCpu;
                    memory += askMemory;
                    allocs.Add(Running($"{node.ID}-{a}", node.ID, random.Next(1, 100), askCpu, askMemory, job: $"job{random.Next(3)}", group: "g", maxParallel: random.Next(3)));
                }
            }

            var priority = random.Next(1, 100);
            var job = Job(random.Next(1, 6), cpu: random.Next(1, 20) * 100, memory: random.Next(1, 32) * 128, type: random.Next(2) == 0 ? "service" : "system");
            job.Priority = priority;
            var plan = _preemptingServices.Plan(new PlacementRequest { Job = job, Nodes = nodes, Allocations = allocs, Seed = (ulong)round });

            foreach (var preempted in plan.NodePreemptions.Values.SelectMany(list => list))
            {
                Assert.True(priority - preempted.JobPriority >= 10, $"round {round}: preempted priority {preempted.JobPriority} for job priority {priority}");
            }

            AssertNotOverCommitted(plan, nodes, allocs);
        }
    }

    private static void AssertNotOverCommitted(PlacementPlan plan, List<Topology.Cluster.ClusterNode> nodes, IEnumerable<Allocation> existing)
    {
        var preempted = plan.NodePreemptions.Values.SelectMany(list => list).Select(a => a.ID).ToHashSet();
        var holding = existing.Where(a => !preempted.Contains(a.ID)).Concat(plan.ToAllocations());
        foreach (var node in nodes)
        {
            var onNode = holding.Where(a => a.NodeID == node.ID).ToList();
            Assert.True(onNode.Sum(a => a.AllocatedResources.Tasks.Values.Sum(t => t.Cpu.CpuShares)) <= node.NodeResources!.Cpu.CpuShares);
            Assert.True(onNode.Sum(a => a.AllocatedResources.Tasks.Values.Sum(t => t.Memory.MemoryMB)) <= node.NodeResources.Memory.MemoryMB);
        }
    }
}
