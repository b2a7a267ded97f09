using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using Nomadic.Identity;

namespace Nomadic.AspNetCore.Tests;

// A token minted by the server, validated by someone who only knows the server's URL.

[Collection(OidcCollection.Name)]
public sealed class ThirdPartyValidationTests
{
    [Fact]
    public async Task IdentityModel_discovers_the_keys_over_http_and_validates_an_RS256_token()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());
        var minted = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());

        var manager = ThirdPartyVerifier.Discover(server);
        var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
        var result = await ThirdPartyVerifier.ValidateAsync(minted.Token, manager);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(server.Issuer, configuration.Issuer);
        Assert.Equal(server.Issuer + "/.well-known/jwks.json", configuration.JwksUri);
        Assert.Equal(server.Issuer, result.Issuer);
        Assert.Equal("global:default:web:frontend:server:example", result.Claims["sub"]);
        Assert.Equal("web", result.Claims["nomad_job_id"]);
        Assert.Equal(minted.KeyId, result.SecurityToken.SigningKey.KeyId);
    }

    [Fact]
    public async Task IdentityModel_rejects_an_RS256_token_for_another_audience()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart());
        var minted = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request(audience: "vault.io"));

        var result = await ThirdPartyVerifier.ValidateAsync(minted.Token, ThirdPartyVerifier.Discover(server));

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenInvalidAudienceException>(result.Exception);
    }

    [Fact]
    public async Task IdentityModel_cannot_use_EdDSA_keys_so_EdDSA_tokens_are_validated_with_our_validator_over_http()
    {
        await using var server = await LoopbackOidcServer.StartAsync(ThirdPartyVerifier.ClockStart(), configure: o => o.Algorithm = SigningAlgorithm.EdDsa);
        var minted = await server.TokenIssuer.MintAsync(LoopbackOidcServer.Request());

        // IdentityModel 8.23 reads the OKP key from the JWKS but has no Ed25519 implementation to turn it into a signing key.
        var manager = ThirdPartyVerifier.Discover(server);
        var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
        var published = Assert.Single(configuration.JsonWebKeySet.Keys);
        Assert.Equal(("OKP", "Ed25519", "EdDSA", minted.KeyId), (published.Kty, published.Crv, published.Alg, published.Kid));
        Assert.DoesNotContain(configuration.SigningKeys, key => key.KeyId == minted.KeyId);
        var identityModel = await ThirdPartyVerifier.ValidateAsync(minted.Token, manager);
        Assert.False(identityModel.IsValid);

        // Nomadic's validator, given only what the server serves over HTTP.
        var discovery = JsonDocument.Parse(await server.HttpClient.GetStringAsync(".well-known/openid-configuration")).RootElement;
        using var http = new HttpClient();
        var jwks = await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString());
        var validator = new WorkloadIdentityValidator(new StaticPublicKeyProvider(JsonWebKeySetReader.Read(jwks)), server.Time);
        var result = await validator.ValidateAsync(minted.Token, new TokenValidationOptions
        {
            ValidAudiences = [ThirdPartyVerifier.Audience],
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            AllowedAlgorithms = [SigningAlgorithm.EdDsa],
        });

        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(minted.KeyId, result.KeyId);
        Assert.Equal("server", result.Claims!.Task);
    }
}
