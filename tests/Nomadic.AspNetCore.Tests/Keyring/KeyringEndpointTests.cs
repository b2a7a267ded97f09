using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Nomadic.AspNetCore.Tests;

[Collection(OidcCollection.Name)]
public sealed class KeyringEndpointTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddNomadicIdentity();
        _app = builder.Build();
        _app.MapNomadicKeyring();

        // The first key exists before the first request, as in nomadic agent (the maintenance service runs concurrently).
        await _app.Services.GetRequiredService<Nomadic.Identity.Keyring>().MaintainAsync();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Keys_lists_root_key_metadata_with_nomads_field_names()
    {
        using var keys = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/v1/operator/keyring/keys", UriKind.Relative)));

        var key = Assert.Single(keys.RootElement.EnumerateArray());
        Assert.Equal(["KeyID", "Algorithm", "CreateTime", "CreateIndex", "ModifyIndex", "State"], key.EnumerateObject().Select(p => p.Name));
        Assert.Equal("active", key.GetProperty("State").GetString());
        Assert.Equal("RS256", key.GetProperty("Algorithm").GetString());
        Assert.True(key.GetProperty("CreateTime").GetInt64() > 1_600_000_000_000_000_000);
    }

    [Fact]
    public async Task Rotate_answers_key_and_index_prepublishing_unless_now_is_given()
    {
        using var prepublished = await RotateAsync(string.Empty);
        Assert.Equal("prepublished", prepublished.RootElement.GetProperty("Key").GetProperty("State").GetString());
        Assert.Equal(0, prepublished.RootElement.GetProperty("Index").GetInt32());

        using var active = await RotateAsync("?now=true");
        Assert.Equal("active", active.RootElement.GetProperty("Key").GetProperty("State").GetString());

        using var keys = JsonDocument.Parse(await _http.GetStringAsync(new Uri("/v1/operator/keyring/keys", UriKind.Relative)));
        var activeKey = Assert.Single(keys.RootElement.EnumerateArray(), k => k.GetProperty("State").GetString() == "active");
        Assert.Equal(active.RootElement.GetProperty("Key").GetProperty("KeyID").GetString(), activeKey.GetProperty("KeyID").GetString());
    }

    [Fact]
    public async Task Other_methods_get_405_invalid_method()
    {
        using var post = await _http.PostAsync(new Uri("/v1/operator/keyring/keys", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("Invalid method", await post.Content.ReadAsStringAsync());

        using var get = await _http.GetAsync(new Uri("/v1/operator/keyring/rotate", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    private async Task<JsonDocument> RotateAsync(string query)
    {
        using var response = await _http.PutAsync(new Uri("/v1/operator/keyring/rotate" + query, UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
