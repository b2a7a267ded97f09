using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Locks.Tests;

namespace Nomadic.AspNetCore.Tests;

/// <summary>Nomad's wire format, checked with a raw <see cref="HttpClient"/>: status codes, JSON field names, headers, errors.</summary>
public sealed class VariablesApiShapeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private LoopbackNomadServer _server = null!;

    private HttpClient Client => _server.HttpClient;

    public async Task InitializeAsync() => _server = await LoopbackNomadServer.StartAsync(_time);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Put_returns_the_variable_with_nomads_field_names_and_index_header()
    {
        using var response = await PutAsync("v1/var/app/db", """{"Items":{"user":"admin"}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = await JsonAsync(response);
        var root = json.RootElement;
        Assert.Equal(
            ["Namespace", "Path", "CreateIndex", "CreateTime", "ModifyIndex", "ModifyTime", "Items"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("default", root.GetProperty("Namespace").GetString());
        Assert.Equal("app/db", root.GetProperty("Path").GetString());
        Assert.Equal("admin", root.GetProperty("Items").GetProperty("user").GetString());
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds() * 1_000_000, root.GetProperty("CreateTime").GetInt64());
        Assert.Equal(root.GetProperty("ModifyIndex").GetUInt64().ToString(), response.Headers.GetValues("X-Nomad-Index").Single());
        Assert.Equal("true", response.Headers.GetValues("X-Nomad-KnownLeader").Single());
    }

    [Fact]
    public async Task Get_of_a_missing_variable_is_404_variable_not_found()
    {
        using var response = await Client.GetAsync("v1/var/nothing/here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("variable not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_cas_conflict_is_409_with_the_current_variable()
    {
        using var first = await PutAsync("v1/var/a", """{"Items":{"k":"1"}}""");
        using var second = await PutAsync("v1/var/a?cas=0", """{"Items":{"k":"2"}}""");
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        using var json = await JsonAsync(second);
        Assert.Equal("1", json.RootElement.GetProperty("Items").GetProperty("k").GetString());
        Assert.True(json.RootElement.GetProperty("ModifyIndex").GetUInt64() > 0);
    }

    [Fact]
    public async Task A_cas_on_a_missing_variable_is_409_with_a_zero_value_body()
    {
        using var response = await PutAsync("v1/var/missing?cas=5", """{"Items":{"k":"1"}}""");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var json = await JsonAsync(response);
        Assert.Equal("missing", json.RootElement.GetProperty("Path").GetString());
        Assert.Equal(0UL, json.RootElement.GetProperty("ModifyIndex").GetUInt64());
    }

    [Fact]
    public async Task Delete_is_204_with_an_index()
    {
        using var put = await PutAsync("v1/var/a", """{"Items":{"k":"1"}}""");
        using var response = await Client.DeleteAsync("v1/var/a");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.True(ulong.Parse(response.Headers.GetValues("X-Nomad-Index").Single()) > 0);
    }

    [Theory]
    [InlineData("v1/var/has%20space", "' '")]
    [InlineData("v1/var/dot.ted", "'.'")]
    [InlineData("v1/var/nomad", "reserved")]
    [InlineData("v1/var/nomad/secrets", "reserved")]
    [InlineData("v1/var/", "missing variable path")]
    public async Task Bad_paths_are_400_with_a_message(string url, string expected)
    {
        using var response = await PutAsync(url, """{"Items":{"k":"v"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("v1/var/a", "{", "not valid JSON")]
    [InlineData("v1/var/a", "[1]", "JSON object")]
    [InlineData("v1/var/a", """{"Items":{"k":1}}""", "must be a string")]
    [InlineData("v1/var/a", """{"Items":{}}""", "variable missing required Items object")]
    [InlineData("v1/var/a", "", "EOF")]
    [InlineData("v1/var/a?cas=x", """{"Items":{"k":"v"}}""", "can not parse cas")]
    [InlineData("v1/var/a?lock-acquire&lock-release", """{"Items":{"k":"v"}}""", "multiple lock operations")]
    [InlineData("v1/var/a?lock-acquire&cas=1", """{"Items":{"k":"v"}}""", "CAS can't be used with lock operations")]
    [InlineData("v1/var/a?namespace=bad%20ns", """{"Items":{"k":"v"}}""", "namespace")]
    [InlineData("v1/var/a?lock-acquire", """{"Lock":{"TTL":"1s"}}""", "TTL")]
    [InlineData("v1/var/a?lock-acquire", """{"Lock":{"TTL":"soon"}}""", "duration")]
    [InlineData("v1/var/a?lock-renew", """{"Lock":{}}""", "Lock.ID")]
    [InlineData("v1/var/a", """{"Items":{"k":"v"},"Lock":{"TTL":"15s"}}""", "lock-acquire")]
    public async Task Bad_requests_are_400_with_a_message_never_500(string url, string body, string expected)
    {
        using var response = await PutAsync(url, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversize_variables_are_400()
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object> { ["Items"] = new Dictionary<string, string> { ["k"] = new string('x', 70_000) } });
        using var response = await PutAsync("v1/var/big", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("64 KiB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Lock_acquire_returns_the_lock_with_go_durations_and_a_second_acquire_is_409()
    {
        using var acquired = await PutAsync("v1/var/locks/a?lock-acquire", """{"Lock":{"TTL":"20s","LockDelay":"5s"}}""");
        Assert.Equal(HttpStatusCode.OK, acquired.StatusCode);
        using var json = await JsonAsync(acquired);
        var lockElement = json.RootElement.GetProperty("Lock");
        Assert.Equal(["ID", "TTL", "LockDelay"], lockElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("20s", lockElement.GetProperty("TTL").GetString());
        Assert.Equal("5s", lockElement.GetProperty("LockDelay").GetString());

        using var again = await PutAsync("v1/var/locks/a?lock-acquire", """{"Lock":{"TTL":"20s"}}""");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.NotNull(again.Headers.RetryAfter);

        var id = lockElement.GetProperty("ID").GetString();
        using var renewed = await PutAsync("v1/var/locks/a?lock-renew", $$$"""{"Lock":{"ID":"{{{id}}}"}}""");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        using var released = await PutAsync("v1/var/locks/a?lock-release", $$$"""{"Lock":{"ID":"{{{id}}}"}}""");
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        using var wrong = await PutAsync("v1/var/locks/a?lock-release", """{"Lock":{"ID":"nope"}}""");
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        using var missing = await PutAsync("v1/var/locks/none?lock-renew", """{"Lock":{"ID":"nope"}}""");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Bare_nanosecond_numbers_are_accepted_as_lock_durations()
    {
        using var acquired = await PutAsync("v1/var/locks/n?lock-acquire", """{"Lock":{"TTL":90000000000}}""");
        using var json = await JsonAsync(acquired);
        Assert.Equal("1m30s", json.RootElement.GetProperty("Lock").GetProperty("TTL").GetString());
    }

    [Fact]
    public async Task List_returns_metadata_only_by_prefix_and_namespace()
    {
        (await PutAsync("v1/var/app/a", """{"Items":{"k":"v"}}""")).Dispose();
        (await PutAsync("v1/var/app/b?namespace=prod", """{"Items":{"k":"v"}}""")).Dispose();
        (await PutAsync("v1/var/other", """{"Items":{"k":"v"}}""")).Dispose();

        using var response = await Client.GetAsync("v1/vars?prefix=app");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await JsonAsync(response);
        var entry = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("app/a", entry.GetProperty("Path").GetString());
        Assert.False(entry.TryGetProperty("Items", out _));

        using var all = await JsonAsync(await Client.GetAsync("v1/vars?prefix=app&namespace=*"));
        Assert.Equal(2, all.RootElement.GetArrayLength());
        using var empty = await JsonAsync(await Client.GetAsync("v1/vars?prefix=zzz"));
        Assert.Equal(0, empty.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task A_blocking_get_returns_when_the_variable_changes()
    {
        using var put = await PutAsync("v1/var/watched", """{"Items":{"k":"1"}}""");
        var index = put.Headers.GetValues("X-Nomad-Index").Single();
        var blocking = Client.GetAsync($"v1/var/watched?index={index}&wait=5m");
        await Wait.SettleAsync();
        Assert.False(blocking.IsCompleted);

        (await PutAsync("v1/var/watched", """{"Items":{"k":"2"}}""")).Dispose();
        using var response = await Wait.WithinAsync(blocking, "the blocking query to return");
        using var json = await JsonAsync(response);
        Assert.Equal("2", json.RootElement.GetProperty("Items").GetProperty("k").GetString());
        Assert.True(ulong.Parse(response.Headers.GetValues("X-Nomad-Index").Single()) > ulong.Parse(index));
    }

    [Fact]
    public async Task A_blocking_list_returns_after_its_wait_with_the_same_index()
    {
        using var put = await PutAsync("v1/var/quiet", """{"Items":{"k":"1"}}""");
        var index = put.Headers.GetValues("X-Nomad-Index").Single();
        using var response = await Client.GetAsync($"v1/vars?prefix=quiet&index={index}&wait=50ms");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(index, response.Headers.GetValues("X-Nomad-Index").Single());
    }

    [Fact]
    public async Task A_bad_index_or_wait_is_400()
    {
        using var badIndex = await Client.GetAsync("v1/vars?index=abc");
        Assert.Equal(HttpStatusCode.BadRequest, badIndex.StatusCode);
        using var badWait = await Client.GetAsync("v1/vars?index=1&wait=forever");
        Assert.Equal(HttpStatusCode.BadRequest, badWait.StatusCode);
    }

    [Fact]
    public async Task The_authorization_hook_gives_403_without_a_token_or_with_a_rejected_one()
    {
        await using var server = await LoopbackNomadServer.StartAsync(_time, o => o.Authorize = token => token == "secret");
        using var none = await server.HttpClient.GetAsync("v1/vars");
        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        Assert.Equal("Permission denied", await none.Content.ReadAsStringAsync());

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "v1/vars");
        wrong.Headers.Add("X-Nomad-Token", "guess");
        Assert.Equal(HttpStatusCode.Forbidden, (await server.HttpClient.SendAsync(wrong)).StatusCode);

        using var right = new HttpRequestMessage(HttpMethod.Get, "v1/vars");
        right.Headers.Add("X-Nomad-Token", "secret");
        Assert.Equal(HttpStatusCode.OK, (await server.HttpClient.SendAsync(right)).StatusCode);
    }

    private async Task<HttpResponseMessage> PutAsync(string url, string body) =>
        await Client.PutAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
