using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Nomadic.Locks.Sqlite.Tests;

public sealed class SqliteServiceCollectionTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task AddNomadicLocksSqlite_replaces_the_in_memory_store_and_locks_use_the_file()
    {
        var services = new ServiceCollection().AddNomadicLocks().AddNomadicLocksSqlite(_database.Path, o => o.PollInterval = TimeSpan.FromMilliseconds(20));
        await using (var provider = services.BuildServiceProvider())
        {
            Assert.IsType<SqliteVariableStore>(provider.GetRequiredService<IVariableStore>());
            await using var handle = await provider.GetRequiredService<IDistributedLockProvider>().CreateLock("jobs/nightly").AcquireAsync(TimeSpan.FromSeconds(5));
            Assert.True(handle.FencingToken > 0);
        }

        await using var reopened = new SqliteVariableStore(_database.Path);
        Assert.NotNull(await reopened.GetAsync("default", "jobs/nightly"));
    }

    [Fact]
    public async Task Invalid_store_options_fail_when_the_host_starts()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddNomadicLocksSqlite(_database.Path, o => o.BusyTimeout = TimeSpan.Zero);
        using var host = builder.Build();
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("BusyTimeout", exception.Message);
    }

    public void Dispose() => _database.Dispose();
}
