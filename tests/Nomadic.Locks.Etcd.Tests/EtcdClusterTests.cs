namespace Nomadic.Locks.Etcd.Tests;

/// <summary>The store on a real cluster: a member dies, stores compete, the cluster is unreachable.</summary>
[Collection(EtcdCollection.Name)]
public sealed class EtcdClusterTests(EtcdCluster cluster) : IAsyncLifetime
{
    private const string Ns = "default";
    private readonly EtcdStores _stores = new(cluster);

    [EtcdFact]
    public async Task The_store_keeps_working_through_the_other_members_when_one_is_killed()
    {
        var store = _stores.Create(TimeProvider.System);
        var before = (await store.PutAsync(Ns, "app/config", new Dictionary<string, string> { ["n"] = "0" })).EnsureSuccess()!;
        cluster.Kill(0);
        try
        {
            var index = before.ModifyIndex;
            for (var i = 1; i <= 20; i++)
            {
                var written = (await store.PutAsync(Ns, "app/config", new Dictionary<string, string> { ["n"] = $"{i}" }, checkIndex: index)).EnsureSuccess()!;
                Assert.True(written.ModifyIndex > index);
                index = written.ModifyIndex;
                var held = await store.AcquireLockAsync(Ns, "app/lock", new VariableLockRequest { LockDelay = TimeSpan.Zero });
                Assert.True(held.Acquired);
                Assert.True((await store.RenewLockAsync(Ns, "app/lock", held.LockId!)).Succeeded);
                (await store.ReleaseLockAsync(Ns, "app/lock", held.LockId!)).EnsureSuccess();
            }

            Assert.Equal("20", (await store.GetAsync(Ns, "app/config"))!.Items["n"]);
        }
        finally
        {
            await cluster.RestartAsync(0);
        }
    }

    [EtcdFact]
    public async Task Competing_stores_never_overlap_and_a_fenced_counter_loses_no_increment()
    {
        const int Stores = 3;
        const int WorkersPerStore = 2;
        const int Rounds = 10;
        var resource = new FencedResource();
        var endpoints = cluster.Endpoints;
        var stores = Enumerable.Range(0, Stores)
            .Select(i => _stores.Create(TimeProvider.System, [.. endpoints.Skip(i), .. endpoints.Take(i)]))
            .ToArray();
        var options = new VariableLockOptions { Ttl = VariableRules.MinLockTtl, LockDelay = TimeSpan.Zero };

        async Task WorkAsync(EtcdVariableStore store)
        {
            var myLock = new VariableDistributedLock(store, "locks/counter", options, TimeProvider.System);
            for (var i = 0; i < Rounds; i++)
            {
                await using var handle = (VariableLockHandle)await myLock.AcquireAsync(TimeSpan.FromSeconds(30));
                Assert.True(resource.Enter(handle.FencingToken));
                var current = await store.GetAsync(Ns, "counter");
                var next = int.Parse(current?.Items["n"] ?? "0", System.Globalization.CultureInfo.InvariantCulture) + 1;
                (await store.PutAsync(Ns, "counter", new Dictionary<string, string> { ["n"] = $"{next}" }, checkIndex: current?.ModifyIndex ?? 0)).EnsureSuccess();
                resource.Leave();
            }
        }

        await Wait.WithinAsync(
            Task.WhenAll(stores.SelectMany(store => Enumerable.Range(0, WorkersPerStore).Select(_ => Task.Run(() => WorkAsync(store))))),
            "every worker to finish");

        var total = Stores * WorkersPerStore * Rounds;
        Assert.Equal(total, resource.Accepted);
        Assert.Equal(0, resource.Overlaps);
        Assert.Equal(0, resource.Rejected);
        Assert.Equal(resource.Tokens.Order(), resource.Tokens);
        Assert.Equal($"{total}", (await stores[0].GetAsync(Ns, "counter"))!.Items["n"]);
    }

    [EtcdFact]
    public async Task An_unreachable_cluster_gives_a_clear_error_naming_the_endpoint()
    {
        var options = new EtcdVariableStoreOptions { RequestTimeout = TimeSpan.FromMilliseconds(200), UnavailableTimeout = TimeSpan.FromMilliseconds(300) };
        options.Endpoints.Add("http://127.0.0.1:1");
        await using var store = new EtcdVariableStore(options);

        var error = await Assert.ThrowsAsync<EtcdUnavailableException>(async () => await store.GetAsync(Ns, "anything"));
        Assert.Contains("http://127.0.0.1:1", error.Message);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_every_reason()
    {
        var options = new EtcdVariableStoreOptions { KeyPrefix = "a#b", RequestTimeout = TimeSpan.Zero };
        options.Endpoints.Add("127.0.0.1:2379");
        var error = Assert.Throws<ArgumentException>(() => new EtcdVariableStore(options));
        Assert.Contains("127.0.0.1:2379", error.Message);
        Assert.Contains("KeyPrefix", error.Message);
        Assert.Contains("RequestTimeout", error.Message);
    }

    public Task InitializeAsync() => _stores.InitializeAsync();

    public Task DisposeAsync() => _stores.DisposeAsync();
}
