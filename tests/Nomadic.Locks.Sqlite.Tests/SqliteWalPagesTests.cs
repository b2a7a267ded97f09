using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Nomadic.Locks.Sqlite.Tests;

/// <summary>
/// What a commit costs in pages appended to the write-ahead log, which does not depend on the machine's load: the file
/// layout keeps an uncontended acquisition and release to few pages per commit.
/// </summary>
public sealed class SqliteWalPagesTests(ITestOutputHelper output) : IDisposable
{
    private const int PageSize = 4096;
    private const int WalHeaderSize = 32;
    private const int FrameHeaderSize = 24;
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task An_uncontended_acquire_and_release_appends_one_page_per_commit_in_a_small_store()
    {
        await using var store = new SqliteVariableStore(_database.Path);
        var held = await store.AcquireLockAsync("default", "bench/lock", new VariableLockRequest());
        (await store.ReleaseLockAsync("default", "bench/lock", held.LockId!)).EnsureSuccess();
        TruncateWal();

        const int pairs = 50;
        for (var i = 0; i < pairs; i++)
        {
            var acquired = await store.AcquireLockAsync("default", "bench/lock", new VariableLockRequest());
            (await store.ReleaseLockAsync("default", "bench/lock", acquired.LockId!)).EnsureSuccess();
        }

        var perCommit = (double)Frames() / (2 * pairs);
        output.WriteLine($"WAL pages per commit: {perCommit}");
        Assert.Equal(1, perCommit);
    }

    [Fact]
    public async Task In_a_store_of_many_variables_a_lock_commit_appends_at_most_two_pages()
    {
        await using var store = new SqliteVariableStore(_database.Path);
        for (var i = 0; i < 2_000; i++)
        {
            await store.PutAsync("default", $"app/config/{i:D5}", new Dictionary<string, string> { ["value"] = new string('x', 100) });
        }

        var held = await store.AcquireLockAsync("default", "service/leader", new VariableLockRequest());
        (await store.ReleaseLockAsync("default", "service/leader", held.LockId!)).EnsureSuccess();
        TruncateWal();

        const int pairs = 50;
        for (var i = 0; i < pairs; i++)
        {
            var acquired = await store.AcquireLockAsync("default", "service/leader", new VariableLockRequest());
            (await store.ReleaseLockAsync("default", "service/leader", acquired.LockId!)).EnsureSuccess();
        }

        var perCommit = (double)Frames() / (2 * pairs);
        output.WriteLine($"WAL pages per commit: {perCommit}");
        Assert.True(perCommit <= 2, $"{perCommit} pages per commit");
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Frames in the WAL file since <see cref="TruncateWal"/>; 100 small commits stay below the automatic checkpoint.</summary>
    private long Frames() => Math.Max(0, new FileInfo(_database.Path + "-wal").Length - WalHeaderSize) / (FrameHeaderSize + PageSize);

    /// <summary>Copies the log into the database and empties it, from a second connection (the store's is idle).</summary>
    private void TruncateWal()
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
        Assert.Equal(0, Frames());
    }
}
