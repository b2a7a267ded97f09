using System.Collections.Concurrent;

namespace Nomadic.Locks.Tests;

/// <summary>
/// Leader election over any <see cref="IVariableStore"/>: exactly one instance leads, leadership is handed over on a
/// graceful stop and after a crash (TTL + lock delay), and a demoted leader's work is cancelled at once, before
/// anyone else can lead.
/// </summary>
public abstract class LeaderElectionContractTests : StoreContractBase
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(15);
    private readonly ConcurrentQueue<string> _events = new();

    [Fact]
    public async Task One_of_two_instances_leads_and_both_see_who()
    {
        using var stop = new CancellationTokenSource();
        var a = Elector("a");
        var b = Elector("b");
        var runA = a.RunAsync(WorkUntilCancelled("a"), stop.Token);
        await Wait.UntilAsync(() => a.IsLeader, "a leads");
        var runB = b.RunAsync(WorkUntilCancelled("b"), stop.Token);

        await Wait.UntilAsync(() => b.CurrentLeader == "a" && a.CurrentLeader == "a", "both observe a as leader");
        Assert.False(b.IsLeader);
        Assert.Null(b.CurrentTerm);
        Assert.Equal("a", a.CurrentTerm!.InstanceId);

        await stop.CancelAsync();
        await Wait.WithinAsync(Task.WhenAll(runA, runB), "both elections to stop");
        Assert.False(a.IsLeader);
        Assert.Contains("a:cancelled", _events);
    }

    [Fact]
    public async Task A_graceful_stop_hands_leadership_over_at_once()
    {
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var a = Elector("a");
        var b = Elector("b");
        var runA = a.RunAsync(WorkUntilCancelled("a"), stopA.Token);
        await Wait.UntilAsync(() => a.IsLeader, "a leads");
        var tokenA = a.CurrentTerm!.FencingToken;
        var runB = b.RunAsync(WorkUntilCancelled("b"), stopB.Token);
        await Wait.SettleAsync();

        await stopA.CancelAsync();
        await Wait.WithinAsync(runA, "a to stop");
        await Wait.UntilAsync(() => b.IsLeader, "b leads");

        Assert.True(b.CurrentTerm!.FencingToken > tokenA);
        Assert.True(Order("a:cancelled") < Order("b:elected"));
        await stopB.CancelAsync();
        await Wait.WithinAsync(runB, "b to stop");
    }

    [Fact]
    public virtual async Task After_a_crash_the_old_leader_is_cancelled_at_its_deadline_and_the_other_leads_after_ttl_and_delay()
    {
        using var stop = new CancellationTokenSource();
        var network = new PartitionableVariableStore(Store);
        var a = Elector("a", network);
        var b = Elector("b");
        var demotedA = 0;
        a.Demoted += (_, _) => Interlocked.Increment(ref demotedA);
        var runA = a.RunAsync(WorkUntilCancelled("a"), stop.Token);
        await Wait.UntilAsync(() => a.IsLeader, "a leads");
        var runB = b.RunAsync(WorkUntilCancelled("b"), stop.Token);
        await Wait.UntilAsync(() => b.CurrentLeader == "a", "b sees a");
        var started = Time.GetUtcNow();

        network.Partitioned = true;
        await Time.AdvanceAsync(Ttl - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Assert.True(a.IsLeader);
        Assert.DoesNotContain("a:cancelled", _events);

        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(a.IsLeader);
        await Wait.UntilAsync(() => _events.Contains("a:cancelled"), "a's work is cancelled");
        Assert.Equal(1, Volatile.Read(ref demotedA));
        Assert.Equal(started + Ttl, CancelledAt["a"]);

        await Time.AdvanceAsync(Delay - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Assert.False(b.IsLeader);
        await Time.AdvanceUntilAsync(() => b.IsLeader, TimeSpan.FromSeconds(5), "b takes over");
        Assert.True(Order("a:cancelled") < Order("b:elected"));

        await stop.CancelAsync();
        await Wait.WithinAsync(Task.WhenAll(runA, runB), "both elections to stop");
    }

    [Fact]
    public async Task Work_that_returns_ends_the_election_for_that_instance_and_releases_the_lock()
    {
        var a = Elector("a");
        await Wait.WithinAsync(a.RunAsync((_, _) => Task.CompletedTask), "the election to end");
        Assert.False(a.IsLeader);
        Assert.Null((await Store.GetAsync("default", "service/leader"))!.Lock);
    }

    [Fact]
    public async Task Work_that_throws_is_demoted_and_campaigns_again_after_the_back_off()
    {
        using var stop = new CancellationTokenSource();
        var a = Elector("a");
        var terms = new ConcurrentQueue<LeadershipTerm>();
        var demoted = 0;
        a.Demoted += (_, _) => Interlocked.Increment(ref demoted);
        var run = a.RunAsync(
            async (term, ct) =>
            {
                terms.Enqueue(term);
                if (terms.Count == 1)
                {
                    throw new InvalidOperationException("boom");
                }

                await Task.Delay(Timeout.Infinite, ct);
            },
            stop.Token);

        await Wait.UntilAsync(() => Volatile.Read(ref demoted) == 1, "the failed term ends");
        Assert.Single(terms);
        await Time.AdvanceUntilAsync(() => a.IsLeader && terms.Count == 2, TimeSpan.FromSeconds(30), "a leads again");
        Assert.True(terms.Last().FencingToken > terms.First().FencingToken);

        await stop.CancelAsync();
        await Wait.WithinAsync(run, "the election to stop");
    }

    [Fact]
    public async Task Elected_and_demoted_events_bracket_each_term_and_leader_changes_are_reported()
    {
        using var stop = new CancellationTokenSource();
        var a = Elector("a");
        var seen = new ConcurrentQueue<string>();
        a.Elected += (_, e) => seen.Enqueue($"elected:{e.Term.FencingToken}");
        a.Demoted += (_, e) => seen.Enqueue($"demoted:{e.Term.FencingToken}");
        a.LeaderChanged += (_, e) => seen.Enqueue($"leader:{e.LeaderId ?? "none"}");
        var run = a.RunAsync(WorkUntilCancelled("a"), stop.Token);
        await Wait.UntilAsync(() => a.IsLeader, "a leads");
        var token = a.CurrentTerm!.FencingToken;

        await stop.CancelAsync();
        await Wait.WithinAsync(run, "the election to stop");
        Assert.Contains($"elected:{token}", seen);
        Assert.Contains($"demoted:{token}", seen);
        Assert.Contains("leader:a", seen);
        Assert.True(seen.ToList().IndexOf($"elected:{token}") < seen.ToList().IndexOf($"demoted:{token}"));
    }

    [Fact]
    public async Task An_elector_cannot_run_twice_at_once()
    {
        using var stop = new CancellationTokenSource();
        var a = Elector("a");
        var run = a.RunAsync(WorkUntilCancelled("a"), stop.Token);
        await Assert.ThrowsAsync<InvalidOperationException>(() => a.RunAsync(WorkUntilCancelled("a"), stop.Token));
        await stop.CancelAsync();
        await Wait.WithinAsync(run, "the election to stop");
    }

    private ConcurrentDictionary<string, DateTimeOffset> CancelledAt { get; } = new();

    private LeaderElector Elector(string id, IVariableStore? store = null) => new(
        store ?? Store,
        new LeaderElectionOptions { LockPath = "service/leader", InstanceId = id, LockTtl = Ttl, LockDelay = Delay },
        Time);

    private Func<LeadershipTerm, CancellationToken, Task> WorkUntilCancelled(string id) => async (term, cancellationToken) =>
    {
        _events.Enqueue($"{id}:elected");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            CancelledAt[id] = Time.GetUtcNow();
            _events.Enqueue($"{id}:cancelled");
            throw;
        }
    };

    private int Order(string name) => _events.ToList().IndexOf(name);
}
