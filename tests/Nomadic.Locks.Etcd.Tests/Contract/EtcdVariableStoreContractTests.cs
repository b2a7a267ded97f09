namespace Nomadic.Locks.Etcd.Tests;

[Collection(EtcdCollection.Name)]
public sealed class EtcdVariableStoreContractTests(EtcdCluster cluster) : VariableStoreContractTests, IAsyncLifetime
{
    private readonly EtcdStores _stores = new(cluster);

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _stores.Create(timeProvider);

    Task IAsyncLifetime.InitializeAsync() => _stores.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => _stores.DisposeAsync();
}
