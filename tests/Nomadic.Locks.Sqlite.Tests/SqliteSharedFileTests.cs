namespace Nomadic.Locks.Sqlite.Tests;

/// <summary>
/// Several independent store instances on one file, each with its own connection: what several processes on one
/// machine do, without the cost of starting processes. They coordinate only through SQLite's file locks.
/// </summary>
public sealed class SqliteSharedFileTests : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteVariableStore> _stores = [];

    [Fact]
    public async Task Two_stores_on_one_file_never_hold_the_lock_at_the_same_time_and_fencing_tokens_only_grow()
    {
        const int Rounds = 40;
        var resource = new FencedResource();

        async Task WorkAsync(IVariableStore store)
        {
            var myLock = new VariableDistributedLock(store, "locks/shared", new VariableLockOptions { Ttl = TimeSpan.FromSeconds(15), LockDelay = TimeSpan.FromSeconds(15) });
            for (var i = 0; i < Rounds; i++)
            {
                await using var handle = await myLock.AcquireAsync(TimeSpan.FromSeconds(30));
                Assert.True(resource.Enter(handle.FencingToken));
                await Task.Delay(1);
                resource.Leave();
            }
        }

        var first = Open();
        var second = Open();
        await Wait.WithinAsync(Task.WhenAll(Task.Run(() => WorkAsync(first)), Task.Run(() => WorkAsync(second))), "both stores to finish");

        Assert.Equal(2 * Rounds, resource.Accepted);
        Assert.Equal(0, resource.Overlaps);
        Assert.Equal(0, resource.Rejected);
        Assert.Equal(resource.Tokens.Order(), resource.Tokens);
    }

    [Fact]
    public async Task Concurrent_check_and_set_increments_from_several_stores_lose_no_update()
    {
        const int Writers = 6;
        const int Increments = 25;
        var stores = Enumerable.Range(0, 3).Select(_ => Open()).ToArray();

        async Task IncrementAsync(IVariableStore store)
        {
            for (var i = 0; i < Increments; i++)
            {
                while (true)
                {
                    var current = await store.GetAsync("default", "counter");
                    var value = current is null ? 0 : int.Parse(current.Items["n"]);
                    var result = await store.PutAsync("default", "counter", new Dictionary<string, string> { ["n"] = (value + 1).ToString() }, checkIndex: current?.ModifyIndex ?? 0);
                    if (result.Succeeded)
                    {
                        break;
                    }
                }
            }
        }

        await Wait.WithinAsync(Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() => IncrementAsync(stores[w % stores.Length])))), "every writer to finish");

        var final = await Open().GetAsync("default", "counter");
        Assert.Equal((Writers * Increments).ToString(), final!.Items["n"]);
    }

    [Fact]
    public async Task A_watch_sees_a_write_made_through_another_store()
    {
        var watcher = Open();
        var writer = Open();
        var first = (await writer.PutAsync("default", "app/a", new Dictionary<string, string> { ["k"] = "1" })).EnsureSuccess()!;
        var watch = watcher.WatchAsync("default", "app/", first.ModifyIndex).AsTask();
        await Wait.SettleAsync();
        Assert.False(watch.IsCompleted);

        var second = (await writer.PutAsync("default", "app/b", new Dictionary<string, string> { ["k"] = "1" })).EnsureSuccess()!;
        Assert.Equal(second.ModifyIndex, await Wait.WithinAsync(watch, "the other store's write to wake the watch"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        _database.Dispose();
    }

    private SqliteVariableStore Open()
    {
        var store = new SqliteVariableStore(new SqliteVariableStoreOptions { Path = _database.Path, PollInterval = TimeSpan.FromMilliseconds(5) });
        _stores.Add(store);
        return store;
    }
}
