using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Nomadic.Identity;

namespace Nomadic.AspNetCore.Tests;

// Rotation seen from a relying party that only talks HTTP: the next key is served before it signs, tokens of the old key
// keep validating while it retires, and the old key leaves the JWKS once its tokens have expired.

[Collection(OidcCollection.Name)]
public sealed class RotationEndToEndTests
{
    [Fact]
    public async Task A_relying_party_never_sees_a_token_it_cannot_validate_across_a_rotation()
    {
        await using var server = await LoopbackOidcServer.StartAsync(
            ThirdPartyVerifier.ClockStart(),
            configure: o => o.MaxTokenLifetime = TimeSpan.FromHours(5));
        var before = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());

        // Rotate: the next key is pre-published for an hour and the current key still signs.
        var next = await server.Keyring.RotateAsync();
        Assert.Equal(KeyState.Prepublished, next.State);
        var cached = await ThirdPartyVerifier.Discover(server).GetConfigurationAsync(CancellationToken.None);
        Assert.Equal([before.KeyId, next.KeyId], await JwksKeyIdsAsync(server));
        Assert.Contains(cached.SigningKeys, k => k.KeyId == next.KeyId);
        var stillOld = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());
        Assert.Equal(before.KeyId, stillOld.KeyId);

        // The pre-publication period passes: the new key signs, the old one is inactive but published.
        server.Time.Advance(TimeSpan.FromMinutes(61));
        await server.Keyring.MaintainAsync();
        var after = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());
        Assert.Equal(next.KeyId, after.KeyId);

        // A relying party that cached the JWKS before the switch validates the new key's token without refetching...
        Assert.True((await ThirdPartyVerifier.ValidateCachedAsync(after.Token, cached)).IsValid);

        // ...and one that fetches now validates tokens of both keys.
        var fresh = ThirdPartyVerifier.Discover(server);
        foreach (var token in new[] { before, stillOld, after })
        {
            var result = await ThirdPartyVerifier.ValidateAsync(token.Token, fresh);
            Assert.True(result.IsValid, result.Exception?.Message);
        }

        // Every token of the old key has expired (on the server's clock) and the grace period passed: it leaves the JWKS.
        server.Time.Advance(TimeSpan.FromHours(5));
        await server.Keyring.MaintainAsync();
        Assert.Equal([next.KeyId], await JwksKeyIdsAsync(server));
        var retired = await ThirdPartyVerifier.ValidateAsync(before.Token, ThirdPartyVerifier.Discover(server));
        Assert.False(retired.IsValid);
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(retired.Exception);
        Assert.True((await ThirdPartyVerifier.ValidateAsync(after.Token, ThirdPartyVerifier.Discover(server))).IsValid);
    }

    [Fact]
    public async Task An_immediate_rotation_signs_with_the_new_key_and_keeps_the_old_key_published()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());
        var before = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());

        var next = await server.Keyring.RotateAsync(immediately: true);
        var after = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());

        Assert.Equal(next.KeyId, after.KeyId);
        Assert.Equal([before.KeyId, next.KeyId], await JwksKeyIdsAsync(server));
        var manager = ThirdPartyVerifier.Discover(server);
        Assert.True((await ThirdPartyVerifier.ValidateAsync(before.Token, manager)).IsValid);
        Assert.True((await ThirdPartyVerifier.ValidateAsync(after.Token, manager)).IsValid);
    }

    private static async Task<string[]> JwksKeyIdsAsync(LoopbackOidcServer server)
    {
        var jwks = JsonDocument.Parse(await server.HttpClient.GetStringAsync(".well-known/jwks.json")).RootElement;
        return [.. jwks.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()!)];
    }
}
