using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Nomadic.Locks.Sqlite.Tests;

public sealed class SqliteLayoutTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 3, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_version_1_file_is_migrated_with_its_variables_locks_lock_delays_deletions_and_index()
    {
        Version1File.Create(_database.Path, _time.GetUtcNow());

        await using var store = new SqliteVariableStore(_database.Path, _time);

        Assert.Equal(2L, Scalar("PRAGMA user_version;"));
        Assert.Equal(["variables"], Strings("SELECT name FROM sqlite_master ORDER BY name;"));
        var config = await store.GetAsync("default", "app/config");
        Assert.Equal("https://example", config!.Items["url"]);
        Assert.Equal((1UL, 3UL), (config.CreateIndex, config.ModifyIndex));
        Assert.Null(await store.GetAsync("default", "app/gone"));
        Assert.Equal(["app/config", "app/delayed", "app/leader"], (await store.ListAsync("default", "app")).Select(v => v.Path));

        Assert.Equal(6UL, await store.WatchAsync("default", "app/gone", 5));
        Assert.Equal(7UL, await store.WatchAsync("default", "app/", 0));

        var leader = await store.AcquireLockAsync("default", "app/leader", new VariableLockRequest());
        Assert.False(leader.Acquired);
        Assert.Equal("lock-1", leader.Variable!.Lock!.Id);
        var delayed = await store.AcquireLockAsync("default", "app/delayed", new VariableLockRequest());
        Assert.False(delayed.Acquired);
        Assert.Equal(TimeSpan.FromMinutes(10), delayed.RetryAfter);

        var updated = (await store.PutAsync("default", "app/config", new Dictionary<string, string> { ["url"] = "https://other" }, checkIndex: 3)).EnsureSuccess()!;
        Assert.Equal(8UL, updated.ModifyIndex);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.Null((await store.GetAsync("default", "app/leader"))!.Lock);
        Assert.Equal(9UL, (await store.GetAsync("default", "app/leader"))!.ModifyIndex);
        Assert.Equal(10UL, (await store.AcquireLockAsync("default", "app/delayed", new VariableLockRequest())).FencingToken);
    }

    [Fact]
    public async Task Tombstones_of_deleted_paths_are_pruned_after_the_retention_and_watchers_still_see_the_deletions()
    {
        await using var store = new SqliteVariableStore(_database.Path, _time);
        for (var i = 0; i < 200; i++)
        {
            await store.PutAsync("default", $"old/{i}", new Dictionary<string, string> { ["v"] = "1" });
            await store.DeleteAsync("default", $"old/{i}");
        }

        var lastOldDeletion = await store.WatchAsync("default", "old/", 0);
        Assert.Equal(200L, Tombstones());

        _time.Advance(TimeSpan.FromHours(2));
        for (var i = 0; i < 128; i++)
        {
            await store.PutAsync("default", $"new/{i}", new Dictionary<string, string> { ["v"] = "1" });
            await store.DeleteAsync("default", $"new/{i}");
        }

        Assert.Equal(128L, Tombstones());
        Assert.Equal(lastOldDeletion, await store.WatchAsync("default", "old/199", lastOldDeletion - 1));
        Assert.Null(await store.GetAsync("default", "old/199"));
    }

    public void Dispose() => _database.Dispose();

    private long Tombstones() => Scalar("SELECT COUNT(*) FROM variables WHERE items IS NULL AND namespace <> '';");

    private long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Strings(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        return connection;
    }
}
