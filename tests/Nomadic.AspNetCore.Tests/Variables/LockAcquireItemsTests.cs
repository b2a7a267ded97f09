using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// An acquisition without items keeps the variable's items through <see cref="NomadHttpVariableStore"/>: against a
/// Nomadic server, which says it keeps them, without reading them first; against a server that acts like Nomad (no
/// such header), by reading them and sending them back with the acquisition.
/// </summary>
public sealed class LockAcquireItemsTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Items = new() { ["owner"] = "billing", ["shard"] = "7" };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private RecordedHttpStore _http = null!;

    public async Task InitializeAsync() => _http = await RecordedHttpStore.StartAsync(_time);

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task The_nomadic_server_advertises_that_acquire_keeps_items_on_every_answer()
    {
        using var found = await _http.Server.HttpClient.GetAsync("v1/var/missing");
        using var listed = await _http.Server.HttpClient.GetAsync("v1/vars");
        Assert.Equal("true", found.Headers.GetValues(RecordingHandler.KeepsItemsHeader).Single());
        Assert.Equal("true", listed.Headers.GetValues(RecordingHandler.KeepsItemsHeader).Single());
    }

    [Fact]
    public async Task Against_a_nomadic_server_acquire_keeps_the_items_without_reading_them()
    {
        await _http.Store.PutAsync("default", "jobs/lock", Items);
        for (var i = 0; i < 3; i++)
        {
            var acquired = await _http.Store.AcquireLockAsync("default", "jobs/lock", new VariableLockRequest());
            Assert.True(acquired.Acquired);
            Assert.Equal(Items, acquired.Variable!.Items);
            Assert.True((await _http.Store.ReleaseLockAsync("default", "jobs/lock", acquired.LockId!)).Succeeded);
        }

        Assert.Equal(Items, (await _http.Server.Backing.GetAsync("default", "jobs/lock"))!.Items);
        Assert.DoesNotContain(_http.Handler.Requests, r => r.Method == HttpMethod.Get);
        Assert.All(AcquireBodies(), body => Assert.False(body.TryGetProperty("Items", out _)));
    }

    [Fact]
    public async Task The_first_acquisition_of_a_new_store_reads_the_items_once_then_learns_the_server_keeps_them()
    {
        await _http.Server.Backing.PutAsync("default", "jobs/lock", Items);
        for (var i = 0; i < 2; i++)
        {
            var acquired = await _http.Store.AcquireLockAsync("default", "jobs/lock", new VariableLockRequest());
            Assert.Equal(Items, acquired.Variable!.Items);
            await _http.Store.ReleaseLockAsync("default", "jobs/lock", acquired.LockId!);
        }

        Assert.Single(_http.Handler.Requests, r => r.Method == HttpMethod.Get);
    }

    [Fact]
    public async Task Against_a_server_acting_like_nomad_every_acquire_reads_the_items_and_sends_them_back()
    {
        _http.Handler.ActLikeNomad = true;
        await _http.Store.PutAsync("default", "jobs/lock", Items);
        for (var i = 0; i < 2; i++)
        {
            var acquired = await _http.Store.AcquireLockAsync("default", "jobs/lock", new VariableLockRequest());
            Assert.Equal(Items, acquired.Variable!.Items);
            await _http.Store.ReleaseLockAsync("default", "jobs/lock", acquired.LockId!);
        }

        Assert.Equal(2, _http.Handler.Requests.Count(r => r.Method == HttpMethod.Get && r.PathAndQuery.StartsWith("/v1/var/jobs/lock", StringComparison.Ordinal)));
        Assert.All(AcquireBodies(), body => Assert.Equal(Items, body.GetProperty("Items").Deserialize<Dictionary<string, string>>()));
    }

    [Fact]
    public async Task A_server_that_stops_advertising_gets_the_read_again_from_the_next_acquisition()
    {
        await _http.Store.PutAsync("default", "jobs/lock", Items);
        var first = await _http.Store.AcquireLockAsync("default", "jobs/lock", new VariableLockRequest());
        _http.Handler.ActLikeNomad = true;
        await _http.Store.ReleaseLockAsync("default", "jobs/lock", first.LockId!);
        var second = await _http.Store.AcquireLockAsync("default", "jobs/lock", new VariableLockRequest());

        Assert.Equal(Items, second.Variable!.Items);
        Assert.Single(_http.Handler.Requests, r => r.Method == HttpMethod.Get);
        Assert.Equal(Items, AcquireBodies()[^1].GetProperty("Items").Deserialize<Dictionary<string, string>>());
    }

    private List<JsonElement> AcquireBodies() =>
    [
        .. _http.Handler.Requests
            .Where(static r => r.PathAndQuery.Contains("lock-acquire", StringComparison.Ordinal))
            .Select(static r => JsonDocument.Parse(r.Body).RootElement.Clone()),
    ];
}
