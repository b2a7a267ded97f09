namespace Nomadic.Locks.Etcd.Tests;

/// <summary>
/// The election contract on etcd. The crash hand-over case is skipped: it advances the fake clock past the TTL and
/// the lock delay, which on etcd run on etcd's clock; <see cref="EtcdLeaseTests"/> covers takeover after a holder stops renewing.
/// </summary>
[Collection(EtcdCollection.Name)]
public sealed class EtcdLeaderElectionContractTests(EtcdCluster cluster) : LeaderElectionContractTests, IAsyncLifetime
{
    private readonly EtcdStores _stores = new(cluster);

    [Fact(Skip = "Lock TTLs are etcd leases on etcd's clock, which the fake clock cannot advance; EtcdLeaseTests covers takeover after a holder stops renewing.")]
    public override Task After_a_crash_the_old_leader_is_cancelled_at_its_deadline_and_the_other_leads_after_ttl_and_delay() => Task.CompletedTask;

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _stores.Create(timeProvider);

    Task IAsyncLifetime.InitializeAsync() => _stores.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => _stores.DisposeAsync();
}
