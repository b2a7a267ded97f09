namespace Nomadic.Identity.Tests;

public sealed class OidcTests
{
    [Fact]
    public void Discovery_document_matches_nomad()
    {
        Assert.Equal(
            "{\"issuer\":\"https://nomad.example.com\",\"jwks_uri\":\"https://nomad.example.com/.well-known/jwks.json\",\"id_token_signing_alg_values_supported\":[\"RS256\",\"EdDSA\"],\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"]}",
            OidcDocuments.Discovery("https://nomad.example.com"));
        Assert.Contains("\"https://x/nomad/.well-known/jwks.json\"", OidcDocuments.Discovery("https://x/nomad/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jwks_has_public_parameters_only_in_go_jose_order()
    {
        var rsa = new TestSetup();
        var ed = new TestSetup(new NomadicIdentityOptions { Algorithm = SigningAlgorithm.EdDsa });
        await rsa.Keyring.MaintainAsync();
        await ed.Keyring.MaintainAsync();
        var keys = (await rsa.Keyring.GetPublicKeysAsync()).Concat(await ed.Keyring.GetPublicKeysAsync()).ToList();
        var jwks = OidcDocuments.Jwks(keys);
        Assert.StartsWith($"{{\"keys\":[{{\"use\":\"sig\",\"kty\":\"RSA\",\"kid\":\"{keys[0].KeyId}\",\"alg\":\"RS256\",\"n\":\"", jwks, StringComparison.Ordinal);
        Assert.Contains("\"e\":\"AQAB\"}", jwks, StringComparison.Ordinal);
        Assert.Contains($"{{\"use\":\"sig\",\"kty\":\"OKP\",\"kid\":\"{keys[1].KeyId}\",\"crv\":\"Ed25519\",\"alg\":\"EdDSA\",\"x\":\"", jwks, StringComparison.Ordinal);
        foreach (var key in TestSetup.Json(jwks).GetProperty("keys").EnumerateArray())
        {
            foreach (var privateName in new[] { "d", "p", "q", "dp", "dq", "qi", "k" })
            {
                Assert.False(key.TryGetProperty(privateName, out _), privateName);
            }
        }
    }

    [Fact]
    public void Jwks_max_age_is_half_the_time_to_rotation_with_a_15_minute_floor()
    {
        var now = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var key = new KeyMetadata(new PublicJwk("k", SigningAlgorithm.RS256, "n", "AQAB", null), KeyState.Active, now, now, null, null, false);
        var maxAge = JwksCacheControl.MaxAge([key], TimeSpan.FromHours(720), now, new Random(1))!.Value;
        Assert.InRange(maxAge, TimeSpan.FromHours(360), TimeSpan.FromHours(396));
        var floor = JwksCacheControl.MaxAge([key], TimeSpan.FromHours(720), now + TimeSpan.FromHours(720), new Random(1))!.Value;
        Assert.InRange(floor, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(16.5));
        Assert.Null(JwksCacheControl.MaxAge([], TimeSpan.FromHours(720), now, new Random(1)));
        Assert.Equal("max-age=1296000", JwksCacheControl.HeaderValue(TimeSpan.FromHours(360)));
    }
}
