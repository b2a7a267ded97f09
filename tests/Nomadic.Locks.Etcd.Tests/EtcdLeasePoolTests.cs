using dotnet_etcd;
using Etcdserverpb;
using Google.Protobuf;

namespace Nomadic.Locks.Etcd.Tests;

/// <summary>
/// A released lock's lease is kept for the next acquisition, whose keep-alive runs alongside the transaction; a kept
/// lease that is gone by then (it ran out, or someone revoked it) is replaced by a new grant, never used.
/// </summary>
[Collection(EtcdCollection.Name)]
public sealed class EtcdLeasePoolTests(EtcdCluster cluster) : IAsyncLifetime
{
    private const string Ns = "default";
    private readonly EtcdStores _stores = new(cluster);

    [EtcdFact]
    public async Task The_next_acquisition_reuses_the_released_locks_lease()
    {
        var store = _stores.Create(TimeProvider.System);
        var first = await store.AcquireLockAsync(Ns, "locks/pool", new VariableLockRequest());
        using var client = new EtcdClient(string.Join(",", cluster.Endpoints));
        var lease = await LockLeaseAsync(client);
        await store.ReleaseLockAsync(Ns, "locks/pool", first.LockId!);

        var second = await store.AcquireLockAsync(Ns, "locks/pool", new VariableLockRequest());

        Assert.True(second.Acquired);
        Assert.Equal(lease, await LockLeaseAsync(client));
        Assert.True((await store.ReleaseLockAsync(Ns, "locks/pool", second.LockId!)).Succeeded);
    }

    [EtcdFact]
    public async Task A_kept_lease_that_is_gone_is_replaced_and_the_lock_lives_on_a_new_lease()
    {
        var store = _stores.Create(TimeProvider.System);
        var first = await store.AcquireLockAsync(Ns, "locks/pool", new VariableLockRequest());
        using var client = new EtcdClient(string.Join(",", cluster.Endpoints));
        var revoked = await LockLeaseAsync(client);
        await store.ReleaseLockAsync(Ns, "locks/pool", first.LockId!);
        await client.LeaseRevokeAsync(new LeaseRevokeRequest { ID = revoked });

        var second = await store.AcquireLockAsync(Ns, "locks/pool", new VariableLockRequest());

        Assert.True(second.Acquired);
        Assert.True(second.FencingToken > first.FencingToken);
        var lease = await LockLeaseAsync(client);
        Assert.NotEqual(revoked, lease);
        Assert.True((await client.LeaseTimeToLiveAsync(new LeaseTimeToLiveRequest { ID = lease })).TTL > 0);
        var other = _stores.Create(TimeProvider.System);
        Assert.False((await other.AcquireLockAsync(Ns, "locks/pool", new VariableLockRequest())).Acquired);
        Assert.True((await store.ReleaseLockAsync(Ns, "locks/pool", second.LockId!)).Succeeded);
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public Task DisposeAsync() => _stores.DisposeAsync();

    /// <summary>The lease of the one key under the test's prefix that has one: the lock key.</summary>
    private async Task<long> LockLeaseAsync(EtcdClient client)
    {
        var prefix = ByteString.CopyFromUtf8(_stores.KeyPrefix);
        var end = ByteString.CopyFromUtf8(_stores.KeyPrefix + "\xff");
        var range = await client.GetAsync(new RangeRequest { Key = prefix, RangeEnd = end });
        return Assert.Single(range.Kvs, static kv => kv.Lease != 0).Lease;
    }
}
