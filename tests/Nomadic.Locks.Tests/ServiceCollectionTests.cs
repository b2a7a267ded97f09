using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Locks.Tests;

public sealed class ServiceCollectionTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void AddNomadicLocks_registers_the_in_memory_store_the_lock_provider_and_the_system_clock()
    {
        using var provider = new ServiceCollection().AddNomadicLocks(o => o.Namespace = "prod").BuildServiceProvider();

        Assert.IsType<InMemoryVariableStore>(provider.GetRequiredService<IVariableStore>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        var locks = provider.GetRequiredService<IDistributedLockProvider>().CreateLock("/jobs/lock/");
        Assert.Equal("jobs/lock", locks.Path);
        Assert.Equal("prod", ((VariableDistributedLock)locks).Namespace);
    }

    [Fact]
    public void Services_registered_first_are_kept()
    {
        var store = new InMemoryVariableStore(_time);
        using var provider = new ServiceCollection()
            .AddSingleton<IVariableStore>(store)
            .AddSingleton<TimeProvider>(_time)
            .AddNomadicLocks()
            .AddNomadicLocks()
            .BuildServiceProvider();

        Assert.Same(store, provider.GetRequiredService<IVariableStore>());
        Assert.Same(_time, provider.GetRequiredService<TimeProvider>());
        Assert.Single(provider.GetServices<IDistributedLockProvider>());
    }

    [Fact]
    public async Task Invalid_lock_options_fail_when_the_host_starts()
    {
        using var host = Build("a", new InMemoryVariableStore(_time), services => services.AddNomadicLocks(o =>
        {
            o.LockTtl = TimeSpan.FromSeconds(1);
            o.Namespace = "not valid";
        }));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("LockTtl", exception.Message);
        Assert.Contains("Namespace", exception.Message);
    }

    [Fact]
    public async Task Invalid_election_options_fail_when_the_host_starts()
    {
        using var host = Build("a", new InMemoryVariableStore(_time), services =>
            services.AddLeaderElectedService<ProbeWorker>("svc/leader", o => o.LockDelay = TimeSpan.FromDays(2)));

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("LockDelay", exception.Message);
    }

    [Fact]
    public void Two_elections_on_one_path_cannot_be_registered()
    {
        var services = new ServiceCollection().AddLeaderElectedService<ProbeWorker>("svc/leader");
        Assert.Throws<InvalidOperationException>(() => services.AddLeaderElectedService<ProbeWorker>("/svc/leader/"));
        Assert.Throws<InvalidVariableException>(() => services.AddLeaderElectedService<ProbeWorker>("nomad"));
    }

    [Fact]
    public async Task Two_hosts_elect_one_leader_and_hand_over_when_it_stops()
    {
        var store = new InMemoryVariableStore(_time);
        using var hostA = Build("a", store, services => services.AddLeaderElectedService<ProbeWorker>("svc/leader", o => o.InstanceId = "a"));
        using var hostB = Build("b", store, services => services.AddLeaderElectedService<ProbeWorker>("svc/leader", o => o.InstanceId = "b"));
        var probeA = hostA.Services.GetRequiredService<WorkerProbe>();
        var probeB = hostB.Services.GetRequiredService<WorkerProbe>();
        var leadershipA = hostA.Services.GetRequiredService<ILeadership>();
        var leadershipB = hostB.Services.GetRequiredKeyedService<ILeadership>("svc/leader");

        await hostA.StartAsync();
        await Wait.UntilAsync(() => probeA.Running == 1, "a's worker runs");
        await hostB.StartAsync();
        await Wait.UntilAsync(() => leadershipB.CurrentLeader == "a", "b sees a lead");
        Assert.True(leadershipA.IsLeader);
        Assert.False(leadershipB.IsLeader);
        Assert.Equal(0, probeB.Running);

        await hostA.StopAsync();
        Assert.Equal(0, probeA.Running);
        await Wait.UntilAsync(() => probeB.Running == 1 && leadershipB.IsLeader, "b's worker runs");
        Assert.True(probeB.Terms.Single().FencingToken > probeA.Terms.Single().FencingToken);

        await hostB.StopAsync();
        Assert.Equal(0, probeB.Running);
    }

    private IHost Build(string name, IVariableStore store, Action<IServiceCollection> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton(new WorkerProbe(name));
        configure(builder.Services);
        return builder.Build();
    }

    public sealed class WorkerProbe(string name)
    {
        private int _running;

        public string Name { get; } = name;

        public int Running => Volatile.Read(ref _running);

        public ConcurrentQueue<LeadershipTerm> Terms { get; } = new();

        public void Start(LeadershipTerm term)
        {
            Terms.Enqueue(term);
            Interlocked.Increment(ref _running);
        }

        public void Stop() => Interlocked.Decrement(ref _running);
    }

    public sealed class ProbeWorker(WorkerProbe probe) : ILeaderWorker
    {
        public async Task ExecuteAsync(LeadershipTerm term, CancellationToken cancellationToken)
        {
            probe.Start(term);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                probe.Stop();
            }
        }
    }
}
