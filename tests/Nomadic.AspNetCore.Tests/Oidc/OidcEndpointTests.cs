using System.Net;
using System.Text.Json;

namespace Nomadic.AspNetCore.Tests;

// The two endpoints on the wire, as Nomad 1.7's command/agent/keyring_endpoint.go serves them.

[Collection(OidcCollection.Name)]
public sealed class OidcEndpointTests
{
    private static readonly string[] PublicMembers = ["use", "kty", "kid", "crv", "alg", "x", "n", "e"];

    [Fact]
    public async Task Discovery_is_Nomads_document_as_json_without_a_cache_header()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());

        using var response = await server.HttpClient.GetAsync(".well-known/openid-configuration");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        Assert.Null(response.Headers.CacheControl);
        var expected =
            $"{{\"issuer\":\"{server.Issuer}\",\"jwks_uri\":\"{server.Issuer}/.well-known/jwks.json\"," +
            "\"id_token_signing_alg_values_supported\":[\"RS256\",\"EdDSA\"],\"response_types_supported\":[\"code\"]," +
            "\"subject_types_supported\":[\"public\"]}";
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Jwks_is_json_with_the_active_key_and_a_max_age_from_the_rotation_period()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());
        var active = Assert.Single(await server.Keyring.ListAsync());

        using var response = await server.HttpClient.GetAsync(".well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.ToString());
        var key = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal(["use", "kty", "kid", "alg", "n", "e"], key.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("sig", "RSA", active.KeyId, "RS256"), (Text(key, "use"), Text(key, "kty"), Text(key, "kid"), Text(key, "alg")));

        // The key was created now and rotates in 720 h: half of that plus up to 10% of the half.
        var maxAge = response.Headers.CacheControl?.MaxAge;
        Assert.NotNull(maxAge);
        Assert.InRange(maxAge.Value, TimeSpan.FromHours(360), TimeSpan.FromHours(396));
        Assert.Equal($"max-age={(long)maxAge.Value.TotalSeconds}", response.Headers.GetValues("Cache-Control").Single());
    }

    [Fact]
    public async Task Jwks_never_contains_private_parameters_for_either_algorithm()
    {
        foreach (var algorithm in new[] { Nomadic.Identity.SigningAlgorithm.RS256, Nomadic.Identity.SigningAlgorithm.EdDsa })
        {
            await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart(), configure: o => o.Algorithm = algorithm);
            await server.Keyring.RotateAsync();
            await server.Keyring.RotateAsync(immediately: true);

            var keys = JsonDocument.Parse(await server.HttpClient.GetStringAsync(".well-known/jwks.json")).RootElement.GetProperty("keys");

            Assert.Equal(2, keys.GetArrayLength());
            foreach (var key in keys.EnumerateArray())
            {
                Assert.All(key.EnumerateObject(), member => Assert.Contains(member.Name, PublicMembers));
                Assert.False(key.TryGetProperty("d", out _));
            }
        }
    }

    [Fact]
    public async Task Discovery_is_404_with_Nomads_message_without_an_issuer_while_the_jwks_is_still_served()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart(), withIssuer: false);

        using var discovery = await server.HttpClient.GetAsync(".well-known/openid-configuration");
        using var jwks = await server.HttpClient.GetAsync(".well-known/jwks.json");

        Assert.Equal(HttpStatusCode.NotFound, discovery.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", discovery.Content.Headers.ContentType?.ToString());
        Assert.Equal("OIDC Discovery endpoint disabled", await discovery.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, jwks.StatusCode);
        Assert.Equal(1, JsonDocument.Parse(await jwks.Content.ReadAsStringAsync()).RootElement.GetProperty("keys").GetArrayLength());
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_are_405_Invalid_method_on_both_endpoints(string method)
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());

        foreach (var path in new[] { ".well-known/openid-configuration", ".well-known/jwks.json" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            using var response = await server.HttpClient.SendAsync(request);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("Invalid method", await response.Content.ReadAsStringAsync());
            Assert.Null(response.Headers.CacheControl);
        }
    }

    [Fact]
    public async Task Head_is_405_too_as_in_Nomad()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());

        using var request = new HttpRequestMessage(HttpMethod.Head, ".well-known/jwks.json");
        using var response = await server.HttpClient.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
