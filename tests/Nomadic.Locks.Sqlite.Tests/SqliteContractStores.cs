namespace Nomadic.Locks.Sqlite.Tests;

/// <summary>Makes the SQLite stores of one contract test on a temp file, and disposes them with the file afterwards.</summary>
public sealed class SqliteContractStores : IAsyncLifetime
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteVariableStore> _stores = [];

    public string Path => _database.Path;

    public IVariableStore Create(TimeProvider timeProvider)
    {
        var store = new SqliteVariableStore(new SqliteVariableStoreOptions { Path = _database.Path, PollInterval = TimeSpan.FromMilliseconds(5) }, timeProvider);
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

        _database.Dispose();
    }
}
