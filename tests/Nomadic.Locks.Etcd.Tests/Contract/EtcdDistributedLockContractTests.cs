namespace Nomadic.Locks.Etcd.Tests;

/// <summary>
/// The lock contract on etcd. The cases that drive lock expiry by advancing the fake clock are skipped: on etcd a
/// lock's TTL is a lease on etcd's own clock, which no fake clock moves. <see cref="EtcdLeaseTests"/> covers expiry,
/// the lock delay, watchers woken by expiry and fencing across expiry with real leases.
/// </summary>
[Collection(EtcdCollection.Name)]
public sealed class EtcdDistributedLockContractTests(EtcdCluster cluster) : DistributedLockContractTests, IAsyncLifetime
{
    private const string LeaseClock = "Lock TTLs are etcd leases on etcd's clock, which the fake clock cannot advance; EtcdLeaseTests covers this with real leases.";
    private readonly EtcdStores _stores = new(cluster);

    [Fact(Skip = LeaseClock)]
    public override Task The_store_expires_a_lock_after_its_ttl_then_holds_it_back_for_the_lock_delay() => Task.CompletedTask;

    [Fact(Skip = LeaseClock)]
    public override Task A_lock_with_no_delay_is_free_as_soon_as_it_expires() => Task.CompletedTask;

    [Fact(Skip = LeaseClock)]
    public override Task Renewal_restarts_the_ttl_without_changing_the_index() => Task.CompletedTask;

    [Fact(Skip = LeaseClock)]
    public override Task Fencing_tokens_strictly_increase_across_release_expiry_deletion_and_reacquisition() => Task.CompletedTask;

    [Fact(Skip = LeaseClock)]
    public override Task Expiry_wakes_watchers_without_any_other_call() => Task.CompletedTask;

    [Fact(Skip = LeaseClock)]
    public override Task A_waiter_gets_an_abandoned_lock_after_ttl_and_lock_delay() => Task.CompletedTask;

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _stores.Create(timeProvider);

    Task IAsyncLifetime.InitializeAsync() => _stores.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => _stores.DisposeAsync();
}
