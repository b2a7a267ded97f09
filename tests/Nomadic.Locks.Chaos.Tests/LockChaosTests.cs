using Nomadic.Locks.Chaos.Tests.Fence;
using Nomadic.Locks.Chaos.Tests.Processes;
using Nomadic.Locks.Etcd.Tests;
using Xunit.Abstractions;

namespace Nomadic.Locks.Chaos.Tests;

/// <summary>
/// Four worker processes compete for one lock over a fenced resource while the test SIGKILLs and SIGSTOPs holders (and
/// kills an etcd member). Only correctness is asserted; the takeover times are printed and recorded in docs/locks.md.
/// </summary>
[Trait("Category", "Chaos")]
public sealed class LockChaosTests(ITestOutputHelper log)
{
    [EtcdFact]
    public async Task Etcd_keeps_the_lock_exclusive_through_crashes_pauses_and_a_member_loss()
    {
        var cluster = new EtcdCluster();
        try
        {
            await cluster.InitializeAsync();
            await AssertCorrectAsync("etcd", string.Join(',', cluster.Endpoints), () =>
            {
                cluster.Kill(0);
                return Task.CompletedTask;
            });
        }
        finally
        {
            await cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_agent_with_sqlite_keeps_the_lock_exclusive_through_crashes_and_pauses()
    {
        using var agent = await AgentProcess.StartAsync();
        await AssertCorrectAsync("agent", agent.Address.ToString(), killStoreMember: null);
    }

    private async Task AssertCorrectAsync(string backend, string target, Func<Task>? killStoreMember)
    {
        await using var fence = await FenceServer.StartAsync(TimeProvider.System);
        var plan = ChaosPlan.Default(withStoreFault: killStoreMember is not null);
        using var run = new ChaosRun(plan, fence, backend, target, killStoreMember, log);

        var figures = await run.RunAsync();
        log.WriteLine(figures.ToString());

        Assert.True(figures.Acquisitions >= 200, figures.ToString());
        Assert.Equal(0, figures.Overlaps);
        Assert.Equal(0, figures.LostWrites);
        Assert.True(figures.Kills >= 3 && figures.Stops >= 2, figures.ToString());
        Assert.True(figures.LostTokensSeen >= 1, $"no worker saw its LostToken fire: {figures}");
    }
}
