namespace Nomadic.Locks.Sqlite.Tests;

public sealed class SqliteDurabilityTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Variables_locks_and_the_index_survive_closing_and_reopening_the_file()
    {
        Variable written;
        LockAcquireResult held;
        await using (var store = new SqliteVariableStore(_database.Path))
        {
            written = (await store.PutAsync("default", "app/config", new Dictionary<string, string> { ["url"] = "https://example" })).EnsureSuccess()!;
            held = await store.AcquireLockAsync("default", "app/leader", new VariableLockRequest { Ttl = TimeSpan.FromHours(1) });
            Assert.True(held.Acquired);
        }

        await using (var reopened = new SqliteVariableStore(_database.Path))
        {
            var read = await reopened.GetAsync("default", "app/config");
            Assert.Equal("https://example", read!.Items["url"]);
            Assert.Equal(written.ModifyIndex, read.ModifyIndex);
            Assert.Equal(written.CreateTime, read.CreateTime);

            var leader = await reopened.GetAsync("default", "app/leader");
            Assert.Equal(held.LockId, leader!.Lock!.Id);
            Assert.False((await reopened.AcquireLockAsync("default", "app/leader", new VariableLockRequest())).Acquired);

            (await reopened.ReleaseLockAsync("default", "app/leader", held.LockId!)).EnsureSuccess();
            var next = await reopened.AcquireLockAsync("default", "app/leader", new VariableLockRequest());
            Assert.True(next.FencingToken > held.FencingToken);
        }
    }

    [Fact]
    public async Task A_disposed_store_refuses_further_calls()
    {
        var store = new SqliteVariableStore(_database.Path);
        await store.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.GetAsync("default", "a"));
        store.Dispose();
    }

    [Fact]
    public void Invalid_options_are_rejected_with_what_to_change()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SqliteVariableStore(new SqliteVariableStoreOptions { Path = "", PollInterval = TimeSpan.Zero }));
        Assert.Contains("Path is required", exception.Message);
        Assert.Contains("PollInterval", exception.Message);
    }

    public void Dispose() => _database.Dispose();
}
