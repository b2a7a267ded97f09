namespace Nomadic.Locks.Etcd.Tests;

/// <summary>Makes the stores of one test on the shared cluster, under a key prefix of their own, and disposes them afterwards.</summary>
public sealed class EtcdStores(EtcdCluster cluster) : IAsyncLifetime
{
    private readonly List<EtcdVariableStore> _stores = [];

    public string KeyPrefix { get; } = "test/" + Guid.NewGuid().ToString("N");

    public EtcdVariableStore Create(TimeProvider timeProvider, IEnumerable<string>? endpoints = null)
    {
        var options = new EtcdVariableStoreOptions { KeyPrefix = KeyPrefix, RequestTimeout = TimeSpan.FromSeconds(2) };
        foreach (var endpoint in endpoints ?? cluster.Endpoints)
        {
            options.Endpoints.Add(endpoint);
        }

        var store = new EtcdVariableStore(options, timeProvider);
        _stores.Add(store);
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }
    }
}
