using Microsoft.Extensions.Time.Testing;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// <see cref="NomadHttpVariableStore.WatchAsync"/> against a Nomadic server, which says its blocking list returns only
/// for changes under the prefix: the watch is one blocking list at the caller's index, so a deletion that happened
/// before the watch's first request is still seen. Against a server acting like Nomad the watch compares listings.
/// </summary>
public sealed class PrefixWatchTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string> Items = new() { ["k"] = "1" };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private RecordedHttpStore _http = null!;

    public async Task InitializeAsync() => _http = await RecordedHttpStore.StartAsync(_time);

    public async Task DisposeAsync() => await _http.DisposeAsync();

    [Fact]
    public async Task The_nomadic_server_advertises_its_exact_prefix_watch()
    {
        using var listed = await _http.Server.HttpClient.GetAsync("v1/vars");
        Assert.Equal("true", listed.Headers.GetValues(RecordingHandler.ExactPrefixWatchHeader).Single());
    }

    [Fact]
    public async Task A_deletion_before_the_watch_starts_is_seen_at_once()
    {
        var written = (await _http.Store.PutAsync("default", "app/a", Items)).EnsureSuccess()!;
        Assert.True((await _http.Store.DeleteAsync("default", "app/a")).Succeeded);

        var index = await _http.Store.WatchAsync("default", "app", written.ModifyIndex).AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(index > written.ModifyIndex);
        Assert.Single(_http.Handler.Requests, r => r.PathAndQuery.StartsWith("/v1/vars", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_elsewhere_before_the_watch_starts_does_not_end_it()
    {
        var written = (await _http.Store.PutAsync("default", "app/a", Items)).EnsureSuccess()!;
        await _http.Store.PutAsync("default", "elsewhere", Items);
        using var cancellation = new CancellationTokenSource();

        var watch = _http.Store.WatchAsync("default", "app", written.ModifyIndex, cancellation.Token).AsTask();
        await Task.Delay(200);
        Assert.False(watch.IsCompleted);

        var rewritten = (await _http.Store.PutAsync("default", "app/a", new Dictionary<string, string> { ["k"] = "2" })).EnsureSuccess()!;
        Assert.Equal(rewritten.ModifyIndex, await watch.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Against_a_server_acting_like_nomad_the_watch_lists_first_without_blocking()
    {
        _http.Handler.ActLikeNomad = true;
        var written = (await _http.Store.PutAsync("default", "app/a", Items)).EnsureSuccess()!;
        var watch = _http.Store.WatchAsync("default", "app", written.ModifyIndex).AsTask();
        await WaitForListingsAsync(2);

        Assert.True((await _http.Store.DeleteAsync("default", "app/a")).Succeeded);

        Assert.True(await watch.WaitAsync(TimeSpan.FromSeconds(30)) > written.ModifyIndex);
        var firstListing = _http.Handler.Requests.First(r => r.PathAndQuery.StartsWith("/v1/vars", StringComparison.Ordinal));
        Assert.DoesNotContain("index=", firstListing.PathAndQuery, StringComparison.Ordinal);
    }

    private async Task WaitForListingsAsync(int count)
    {
        while (true)
        {
            lock (_http.Handler.Requests)
            {
                if (_http.Handler.Requests.Count(r => r.PathAndQuery.StartsWith("/v1/vars", StringComparison.Ordinal)) >= count)
                {
                    return;
                }
            }

            await Task.Delay(10);
        }
    }
}
