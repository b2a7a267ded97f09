using System.Security.Cryptography;
using System.Text;

namespace Nomadic.Identity.Tests;

public sealed class ValidationTests
{
    private static async Task<(TestSetup Setup, SignedIdentity Minted)> MintAsync()
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Issuer = "https://nomad.example.com" });
        return (setup, await setup.Issuer.MintAsync(TestSetup.TaskRequest()));
    }

    [Fact]
    public async Task A_fresh_token_validates_with_audience_and_issuer()
    {
        var (setup, minted) = await MintAsync();
        var result = await setup.Validator.ValidateAsync(minted.Token, new TokenValidationOptions { ValidAudiences = ["vault.io"], ValidIssuer = "https://nomad.example.com" });
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal(minted.Claims.Subject, result.Claims!.Subject);
        Assert.Equal(minted.Claims.TokenId, result.Claims.TokenId);
        Assert.Equal(["vault.io"], result.Claims.Audience);
        Assert.Equal(minted.KeyId, result.KeyId);
    }

    [Fact]
    public async Task Alg_none_is_rejected()
    {
        var (setup, minted) = await MintAsync();
        var parts = minted.Token.Split('.');
        var token = TestSetup.Encode($"{{\"alg\":\"none\",\"kid\":\"{minted.KeyId}\"}}") + "." + parts[1] + ".";
        Assert.Equal(TokenRejection.AlgorithmNone, (await setup.Validator.ValidateAsync(token)).Rejection);
    }

    [Fact]
    public async Task Hs256_signed_with_the_public_key_is_rejected()
    {
        var (setup, minted) = await MintAsync();
        var jwks = OidcDocuments.Jwks(await setup.Keyring.GetPublicKeysAsync());
        var input = TestSetup.Encode($"{{\"alg\":\"HS256\",\"kid\":\"{minted.KeyId}\",\"typ\":\"JWT\"}}") + "." + minted.Token.Split('.')[1];
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(jwks), Encoding.ASCII.GetBytes(input));
        var result = await setup.Validator.ValidateAsync(input + "." + System.Buffers.Text.Base64Url.EncodeToString(mac));
        Assert.Equal(TokenRejection.AlgorithmNotAllowed, result.Rejection);
        Assert.Contains("HS256", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_and_not_yet_valid_tokens_are_rejected_beyond_the_skew()
    {
        var (setup, minted) = await MintAsync();
        setup.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(20));
        Assert.True((await setup.Validator.ValidateAsync(minted.Token)).IsValid);
        setup.Time.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(TokenRejection.Expired, (await setup.Validator.ValidateAsync(minted.Token)).Rejection);

        var (early, token) = await MintAsync();
        var before = new WorkloadIdentityValidator(early.Keyring, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(early.Time.GetUtcNow() - TimeSpan.FromMinutes(5)));
        Assert.Equal(TokenRejection.NotYetValid, (await before.ValidateAsync(token.Token)).Rejection);
    }

    [Fact]
    public async Task Wrong_audience_and_issuer_are_rejected()
    {
        var (setup, minted) = await MintAsync();
        Assert.Equal(TokenRejection.AudienceMismatch, (await setup.Validator.ValidateAsync(minted.Token, new TokenValidationOptions { ValidAudiences = ["consul.io"] })).Rejection);
        Assert.Equal(TokenRejection.IssuerMismatch, (await setup.Validator.ValidateAsync(minted.Token, new TokenValidationOptions { ValidIssuer = "https://evil" })).Rejection);
    }

    [Fact]
    public async Task Unknown_kid_tampering_and_bad_base64_are_rejected()
    {
        var (setup, minted) = await MintAsync();
        var parts = minted.Token.Split('.');
        var otherKid = TestSetup.Encode("{\"alg\":\"RS256\",\"kid\":\"00000000-0000-0000-0000-000000000000\",\"typ\":\"JWT\"}");
        Assert.Equal(TokenRejection.UnknownKeyId, (await setup.Validator.ValidateAsync($"{otherKid}.{parts[1]}.{parts[2]}")).Rejection);

        var tampered = TestSetup.Encode(TestSetup.Part(minted.Token, 1).Replace("\"job\"", "\"admin\"", StringComparison.Ordinal));
        Assert.Equal(TokenRejection.InvalidSignature, (await setup.Validator.ValidateAsync($"{parts[0]}.{tampered}.{parts[2]}")).Rejection);

        Assert.Equal(TokenRejection.BadBase64, (await setup.Validator.ValidateAsync($"{parts[0]}.{parts[1]}!.{parts[2]}")).Rejection);
        Assert.Equal(TokenRejection.Malformed, (await setup.Validator.ValidateAsync("a.b")).Rejection);
        Assert.Equal(TokenRejection.MissingKeyId, (await setup.Validator.ValidateAsync($"{TestSetup.Encode("{\"alg\":\"RS256\"}")}.{parts[1]}.{parts[2]}")).Rejection);
    }

    [Fact]
    public async Task A_consumer_validates_against_the_jwks_text()
    {
        var (setup, minted) = await MintAsync();
        var keys = JsonWebKeySetReader.Read(OidcDocuments.Jwks(await setup.Keyring.GetPublicKeysAsync()));
        var consumer = new WorkloadIdentityValidator(new StaticPublicKeyProvider(keys), setup.Time);
        Assert.True((await consumer.ValidateAsync(minted.Token)).IsValid);
    }
}
