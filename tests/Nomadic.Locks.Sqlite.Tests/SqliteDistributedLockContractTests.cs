namespace Nomadic.Locks.Sqlite.Tests;

public sealed class SqliteDistributedLockContractTests : DistributedLockContractTests, IAsyncLifetime
{
    private readonly SqliteContractStores _stores = new();

    protected override IVariableStore CreateStore(TimeProvider timeProvider) => _stores.Create(timeProvider);

    Task IAsyncLifetime.InitializeAsync() => _stores.InitializeAsync();

    Task IAsyncLifetime.DisposeAsync() => _stores.DisposeAsync();
}
