using System.Diagnostics;

namespace Nomadic.Locks.Etcd.Tests;

/// <summary>Lock expiry on etcd's clock with real leases: the holder stops renewing, the lease runs out, the lock delay holds.</summary>
[Collection(EtcdCollection.Name)]
public sealed class EtcdLeaseTests(EtcdCluster cluster) : IAsyncLifetime
{
    private const string Ns = "default";
    private static readonly TimeSpan Ttl = VariableRules.MinLockTtl;
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly EtcdStores _stores = new(cluster);

    [EtcdFact]
    public async Task An_unrenewed_lease_expires_wakes_watchers_holds_the_delay_and_then_hands_the_lock_over_with_a_greater_token()
    {
        var holder = _stores.Create(TimeProvider.System);
        var other = _stores.Create(TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var held = await holder.AcquireLockAsync(Ns, "locks/lease", new VariableLockRequest { Ttl = Ttl, LockDelay = Delay });
        Assert.True(held.Acquired);

        var refused = await other.AcquireLockAsync(Ns, "locks/lease", new VariableLockRequest { Ttl = Ttl, LockDelay = Delay });
        Assert.False(refused.Acquired);
        Assert.NotNull(refused.RetryAfter);
        Assert.InRange(refused.RetryAfter.Value, TimeSpan.FromSeconds(1), Ttl);

        // Nobody renews: the watch wakes when etcd deletes the lock key at the lease's end, with no other call.
        using var bound = new CancellationTokenSource(Ttl + TimeSpan.FromSeconds(5));
        var woken = await other.WatchAsync(Ns, "locks/lease", held.FencingToken, bound.Token);
        var expiredAfter = clock.Elapsed;
        Assert.True(woken > held.FencingToken);
        Assert.InRange(expiredAfter, Ttl - TimeSpan.FromSeconds(1), Ttl + TimeSpan.FromSeconds(3));

        // The first look after the expiry records it and starts the lock delay; the old holder cannot renew.
        var delayed = await other.AcquireLockAsync(Ns, "locks/lease", new VariableLockRequest { Ttl = Ttl, LockDelay = Delay });
        Assert.False(delayed.Acquired);
        Assert.Null(delayed.Variable!.Lock);
        Assert.False((await holder.RenewLockAsync(Ns, "locks/lease", held.LockId!)).Succeeded);

        LockAcquireResult taken;
        while (!(taken = await other.AcquireLockAsync(Ns, "locks/lease", new VariableLockRequest { Ttl = Ttl, LockDelay = Delay })).Acquired)
        {
            Assert.True(clock.Elapsed < Ttl + Delay + TimeSpan.FromSeconds(6), "the lock was not handed over within TTL + lock delay + 6 s");
            await Task.Delay(100, bound.Token);
        }

        Assert.True(clock.Elapsed >= expiredAfter + Delay - TimeSpan.FromMilliseconds(100), "the lock delay was not enforced");
        Assert.True(taken.FencingToken > woken);
        Assert.True(taken.FencingToken > held.FencingToken);
        (await other.ReleaseLockAsync(Ns, "locks/lease", taken.LockId!)).EnsureSuccess();
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public Task DisposeAsync() => _stores.DisposeAsync();
}
