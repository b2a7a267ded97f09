namespace Nomadic.Locks.Tests;

/// <summary>
/// What every <see cref="IVariableStore"/> must do with locks (acquire, renew, release, TTL expiry on the store's
/// clock, lock delay, fencing tokens) and how <see cref="VariableDistributedLock"/> behaves over it: waiting,
/// timeouts, background renewal, the lost token, and mutual exclusion under contention.
/// </summary>
public abstract class DistributedLockContractTests : StoreContractBase
{
    private const string Ns = "default";
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(15);
    private static readonly VariableLockRequest Request = new() { Ttl = Ttl, LockDelay = Delay };

    [Fact]
    public async Task Acquire_creates_the_variable_with_a_lock_and_a_fencing_token()
    {
        var result = await Store.AcquireLockAsync(Ns, "locks/a", Request);

        Assert.True(result.Acquired);
        Assert.NotNull(result.LockId);
        Assert.Equal(result.Variable!.ModifyIndex, result.FencingToken);
        Assert.Equal(Ttl, result.Variable.Lock!.Ttl);
        Assert.Equal(Delay, result.Variable.Lock.LockDelay);
        Assert.Empty(result.Variable.Items);
        Assert.Equal(result.LockId, (await Store.GetAsync(Ns, "locks/a"))!.Lock!.Id);
    }

    [Fact]
    public async Task Acquire_without_items_keeps_the_variables_items_and_with_items_replaces_them()
    {
        await Store.PutAsync(Ns, "locks/a", Items("config", "keep me"));
        var kept = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        Assert.Equal("keep me", kept.Variable!.Items["config"]);
        await Store.ReleaseLockAsync(Ns, "locks/a", kept.LockId!);

        var replaced = await Store.AcquireLockAsync(Ns, "locks/a", Request with { Items = Items("leader", "me") });
        Assert.Equal(["leader"], replaced.Variable!.Items.Keys);
    }

    [Fact]
    public async Task A_held_lock_cannot_be_acquired_again()
    {
        var first = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        var second = await Store.AcquireLockAsync(Ns, "locks/a", Request);

        Assert.False(second.Acquired);
        Assert.Null(second.LockId);
        Assert.Equal(0UL, second.FencingToken);
        Assert.Equal(first.Variable!.ModifyIndex, second.Variable!.ModifyIndex);
    }

    [Fact]
    public async Task A_locked_variable_can_be_written_and_deleted_only_with_its_lock_id()
    {
        var held = await Store.AcquireLockAsync(Ns, "locks/a", Request);

        Assert.False((await Store.PutAsync(Ns, "locks/a", Items("k", "v"))).Succeeded);
        Assert.False((await Store.PutAsync(Ns, "locks/a", Items("k", "v"), lockId: "not-the-id")).Succeeded);
        Assert.False((await Store.DeleteAsync(Ns, "locks/a")).Succeeded);

        var written = (await Store.PutAsync(Ns, "locks/a", Items("k", "v"), lockId: held.LockId)).EnsureSuccess()!;
        Assert.Equal(held.LockId, written.Lock!.Id);
        Assert.True((await Store.DeleteAsync(Ns, "locks/a", lockId: held.LockId)).Succeeded);
    }

    [Fact]
    public async Task Lock_requests_outside_nomads_ranges_are_rejected()
    {
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.AcquireLockAsync(Ns, "l", Request with { Ttl = TimeSpan.FromSeconds(9) }));
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.AcquireLockAsync(Ns, "l", Request with { Ttl = TimeSpan.FromHours(25) }));
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.AcquireLockAsync(Ns, "l", Request with { LockDelay = TimeSpan.FromSeconds(-1) }));
        await Assert.ThrowsAsync<InvalidVariableException>(async () => await Store.AcquireLockAsync(Ns, "nomad", Request));
    }

    [Fact]
    public virtual async Task The_store_expires_a_lock_after_its_ttl_then_holds_it_back_for_the_lock_delay()
    {
        var held = await Store.AcquireLockAsync(Ns, "locks/a", Request);

        Time.Advance(Ttl - TimeSpan.FromSeconds(1));
        Assert.NotNull((await Store.GetAsync(Ns, "locks/a"))!.Lock);
        Assert.False((await Store.AcquireLockAsync(Ns, "locks/a", Request)).Acquired);

        Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await Store.GetAsync(Ns, "locks/a");
        Assert.Null(expired!.Lock);
        Assert.True(expired.ModifyIndex > held.FencingToken);
        Assert.False((await Store.RenewLockAsync(Ns, "locks/a", held.LockId!)).Succeeded);

        var delayed = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        Assert.False(delayed.Acquired);
        Assert.Equal(Delay, delayed.RetryAfter);

        Time.Advance(Delay - TimeSpan.FromSeconds(1));
        Assert.False((await Store.AcquireLockAsync(Ns, "locks/a", Request)).Acquired);
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await Store.AcquireLockAsync(Ns, "locks/a", Request)).Acquired);
    }

    [Fact]
    public virtual async Task A_lock_with_no_delay_is_free_as_soon_as_it_expires()
    {
        await Store.AcquireLockAsync(Ns, "locks/a", Request with { LockDelay = TimeSpan.Zero });
        Time.Advance(Ttl);
        Assert.True((await Store.AcquireLockAsync(Ns, "locks/a", Request)).Acquired);
    }

    [Fact]
    public virtual async Task Renewal_restarts_the_ttl_without_changing_the_index()
    {
        var held = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        Time.Advance(TimeSpan.FromSeconds(10));
        var renewed = await Store.RenewLockAsync(Ns, "locks/a", held.LockId!);
        Assert.True(renewed.Succeeded);
        Assert.Equal(held.Variable!.ModifyIndex, renewed.Variable!.ModifyIndex);

        Time.Advance(TimeSpan.FromSeconds(14));
        Assert.NotNull((await Store.GetAsync(Ns, "locks/a"))!.Lock);
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null((await Store.GetAsync(Ns, "locks/a"))!.Lock);
    }

    [Fact]
    public async Task Renew_and_release_with_the_wrong_id_conflict()
    {
        await Store.AcquireLockAsync(Ns, "locks/a", Request);
        Assert.False((await Store.RenewLockAsync(Ns, "locks/a", "wrong")).Succeeded);
        Assert.False((await Store.ReleaseLockAsync(Ns, "locks/a", "wrong")).Succeeded);
        Assert.False((await Store.RenewLockAsync(Ns, "locks/missing", "wrong")).Succeeded);
    }

    [Fact]
    public async Task Release_frees_the_lock_at_once_keeps_the_items_and_moves_the_index()
    {
        var held = await Store.AcquireLockAsync(Ns, "locks/a", Request with { Items = Items("leader", "me") });
        var released = (await Store.ReleaseLockAsync(Ns, "locks/a", held.LockId!)).EnsureSuccess()!;

        Assert.Null(released.Lock);
        Assert.Equal("me", released.Items["leader"]);
        Assert.True(released.ModifyIndex > held.FencingToken);
        Assert.True((await Store.AcquireLockAsync(Ns, "locks/a", Request)).Acquired);
    }

    [Fact]
    public virtual async Task Fencing_tokens_strictly_increase_across_release_expiry_deletion_and_reacquisition()
    {
        var tokens = new List<ulong>();
        var a = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        tokens.Add(a.FencingToken);
        await Store.ReleaseLockAsync(Ns, "locks/a", a.LockId!);

        var b = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        tokens.Add(b.FencingToken);
        Time.Advance(Ttl + Delay);

        var c = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        tokens.Add(c.FencingToken);
        await Store.DeleteAsync(Ns, "locks/a", lockId: c.LockId);

        var d = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        tokens.Add(d.FencingToken);

        Assert.All(new[] { a, b, c, d }, r => Assert.True(r.Acquired));
        Assert.Equal(tokens.Order(), tokens);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public virtual async Task Expiry_wakes_watchers_without_any_other_call()
    {
        var held = await Store.AcquireLockAsync(Ns, "locks/a", Request);
        var watch = Store.WatchAsync(Ns, "locks/a", held.Variable!.ModifyIndex).AsTask();
        await Wait.SettleAsync();
        Assert.False(watch.IsCompleted);

        Time.Advance(Ttl);
        Assert.True(await Wait.WithinAsync(watch, "the expiry to wake the watch") > held.FencingToken);
    }

    [Fact]
    public async Task TryAcquire_with_no_timeout_returns_null_when_the_lock_is_held()
    {
        var locks = CreateLock("locks/a");
        await using var held = await locks.TryAcquireAsync();
        Assert.NotNull(held);
        Assert.Null(await CreateLock("locks/a").TryAcquireAsync());
    }

    [Fact]
    public async Task Acquire_throws_a_timeout_exception_when_the_timeout_passes()
    {
        await using var held = await CreateLock("locks/a").AcquireAsync();
        var waiting = CreateLock("locks/a").AcquireAsync(TimeSpan.FromSeconds(5)).AsTask();
        await Wait.SettleAsync();
        Assert.False(waiting.IsCompleted);

        await Time.AdvanceAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<TimeoutException>(() => Wait.WithinAsync(waiting, "the timeout"));
    }

    [Fact]
    public async Task Acquire_can_be_cancelled()
    {
        await using var held = await CreateLock("locks/a").AcquireAsync();
        using var cancellation = new CancellationTokenSource();
        var waiting = CreateLock("locks/a").AcquireAsync(cancellationToken: cancellation.Token).AsTask();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Wait.WithinAsync(waiting, "the cancellation"));
    }

    [Fact]
    public async Task A_waiter_gets_the_lock_as_soon_as_the_holder_releases_it()
    {
        var holder = await CreateLock("locks/a").AcquireAsync();
        var waiting = CreateLock("locks/a").AcquireAsync().AsTask();
        await Wait.SettleAsync();
        Assert.False(waiting.IsCompleted);

        await holder.DisposeAsync();
        await using var next = await Wait.WithinAsync(waiting, "the waiter to acquire");
        Assert.True(next.FencingToken > holder.FencingToken);
    }

    [Fact]
    public virtual async Task A_waiter_gets_an_abandoned_lock_after_ttl_and_lock_delay()
    {
        var partitioned = new PartitionableVariableStore(Store);
        var crashed = await new VariableDistributedLock(partitioned, "locks/a", timeProvider: Time).AcquireAsync();
        partitioned.Partitioned = true;
        var waiting = CreateLock("locks/a").AcquireAsync().AsTask();

        await Time.AdvanceAsync(Ttl + Delay - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Assert.False(waiting.IsCompleted);
        Assert.True(crashed.LostToken.IsCancellationRequested);

        await Time.AdvanceUntilAsync(() => waiting.IsCompleted, TimeSpan.FromSeconds(5), "the waiter takes over");
        await using var next = await waiting;
        Assert.True(next.FencingToken > crashed.FencingToken);
    }

    [Fact]
    public async Task The_handle_renews_in_the_background_and_keeps_the_lock()
    {
        var handle = (VariableLockHandle)await CreateLock("locks/a").AcquireAsync();
        for (var i = 0; i < 4; i++)
        {
            var before = handle.ValidUntil;
            await Time.AdvanceUntilAsync(() => handle.ValidUntil > before, Ttl, "the handle renews");
            Assert.False(handle.LostToken.IsCancellationRequested);
        }

        Assert.False(handle.LostToken.IsCancellationRequested);
        Assert.Null(await CreateLock("locks/a").TryAcquireAsync());
        await handle.DisposeAsync();
    }

    [Fact]
    public async Task The_lost_token_fires_at_the_local_deadline_when_renewals_cannot_reach_the_store()
    {
        var partitioned = new PartitionableVariableStore(Store);
        var handle = await new VariableDistributedLock(partitioned, "locks/a", timeProvider: Time).AcquireAsync();
        partitioned.Partitioned = true;

        await Time.AdvanceAsync(Ttl - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        Assert.False(handle.LostToken.IsCancellationRequested);
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(handle.LostToken.IsCancellationRequested);
        await handle.DisposeAsync();
    }

    [Fact]
    public async Task The_lost_token_fires_when_the_store_rejects_a_renewal()
    {
        var handle = (VariableLockHandle)await CreateLock("locks/a").AcquireAsync();
        (await Store.ReleaseLockAsync(Ns, "locks/a", handle.LockId)).EnsureSuccess();

        await Time.AdvanceAsync(Ttl * 0.7);
        await Wait.UntilAsync(() => handle.LostToken.IsCancellationRequested, "the rejected renewal cancels the lost token");
        Assert.True(handle.ValidUntil > Time.GetUtcNow());
        await handle.DisposeAsync();
    }

    [Fact]
    public async Task Disposing_the_handle_cancels_the_lost_token_and_releases_the_lock()
    {
        var handle = await CreateLock("locks/a").AcquireAsync();
        handle.Dispose();
        Assert.True(handle.LostToken.IsCancellationRequested);
        Assert.Null((await Store.GetAsync(Ns, "locks/a"))!.Lock);
        await handle.DisposeAsync();
    }

    [Fact]
    public async Task Contending_tasks_never_overlap_and_fencing_tokens_only_grow()
    {
        const int Workers = 8;
        const int Rounds = 25;
        var resource = new FencedResource();

        async Task WorkAsync()
        {
            var myLock = CreateLock("locks/counter");
            for (var i = 0; i < Rounds; i++)
            {
                await using var handle = await myLock.AcquireAsync();
                Assert.True(resource.Enter(handle.FencingToken));
                await Task.Yield();
                resource.Leave();
            }
        }

        await Wait.WithinAsync(Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(WorkAsync))), "every worker to finish");

        Assert.Equal(Workers * Rounds, resource.Accepted);
        Assert.Equal(0, resource.Overlaps);
        Assert.Equal(0, resource.Rejected);
        Assert.Equal(resource.Tokens.Order(), resource.Tokens);
    }

    private VariableDistributedLock CreateLock(string path) => new(Store, path, new VariableLockOptions { Ttl = Ttl, LockDelay = Delay }, Time);
}
