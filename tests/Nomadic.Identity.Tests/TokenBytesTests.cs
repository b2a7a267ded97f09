using System.Buffers;
using System.Buffers.Text;
using System.Text;
using Nomadic.Identity.Internal;

namespace Nomadic.Identity.Tests;

/// <summary>
/// The pooled minting path writes exactly the bytes of the straightforward one: header and claims JSON written
/// through fresh writers, base64url, signed by the store. RS256 (PKCS#1 v1.5) and Ed25519 signatures are
/// deterministic, so whole tokens are compared.
/// </summary>
public sealed class TokenBytesTests
{
    public static TheoryData<SigningAlgorithm> Algorithms => new() { SigningAlgorithm.RS256, SigningAlgorithm.EdDsa };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task Minted_tokens_equal_the_reference_serialization(SigningAlgorithm algorithm)
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Algorithm = algorithm, Issuer = "https://nomad.example.com/a<b>&c" });
        WorkloadIdentityRequest[] requests =
        [
            TestSetup.TaskRequest(),
            TestSetup.TaskRequest("consul_default") with { Audience = ["consul.io", "other", "ünïcode"], ConsulNamespace = "apps" },
            TestSetup.TaskRequest("default", TimeSpan.Zero) with { Audience = [], JobId = new string('j', 600) },
        ];
        foreach (var request in requests)
        {
            for (var round = 0; round < 3; round++)
            {
                var minted = await setup.Issuer.MintAsync(request);
                Assert.Equal(await ReferenceTokenAsync(setup, minted), minted.Token);
                setup.Time.Advance(TimeSpan.FromSeconds(1));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task Utf8_minting_appends_the_same_token_bytes_to_the_writer(SigningAlgorithm algorithm)
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Algorithm = algorithm, Issuer = "https://nomad.example.com" });
        var output = new ArrayBufferWriter<byte>();
        output.Write("prefix:"u8);
        var minted = await setup.Issuer.MintUtf8Async(TestSetup.TaskRequest(), output);
        var token = Encoding.ASCII.GetString(output.WrittenSpan[7..]);

        Assert.Equal(output.WrittenCount - 7, minted.BytesWritten);
        Assert.Equal(await ReferenceTokenAsync(setup, new SignedIdentity(token, minted.KeyId, minted.Claims)), token);
        Assert.Equal(setup.Time.GetUtcNow() + TimeSpan.FromHours(1), minted.ExpiresAt);
        var result = await setup.Validator.ValidateAsync(token);
        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(minted.Claims.TokenId, result.Claims!.TokenId);
    }

    [Fact]
    public async Task Tokens_minted_on_many_threads_all_validate()
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Issuer = "https://nomad.example.com" });
        var tokens = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(async () =>
            await setup.Issuer.MintAsync(TestSetup.TaskRequest() with { JobId = $"job-{i}" }))));
        foreach (var token in tokens)
        {
            var result = await setup.Validator.ValidateAsync(token.Token);
            Assert.True(result.IsValid, result.Reason);
            Assert.Equal(token.Claims.TokenId, result.Claims!.TokenId);
            Assert.Equal(await ReferenceTokenAsync(setup, token), token.Token);
        }
    }

    private static async Task<string> ReferenceTokenAsync(TestSetup setup, SignedIdentity minted)
    {
        var header = new ArrayBufferWriter<byte>();
        JwtWriter.WriteHeader(header, setup.Keyring.ListAsync().AsTask().Result.Single(k => k.KeyId == minted.KeyId).PublicKey.Alg, minted.KeyId);
        var claims = new ArrayBufferWriter<byte>();
        JwtWriter.WriteClaims(claims, minted.Claims);
        var signingInput = Base64Url.EncodeToString(header.WrittenSpan) + "." + Base64Url.EncodeToString(claims.WrittenSpan);
        var signature = new byte[256];
        var written = await setup.Store.SignAsync(minted.KeyId, Encoding.ASCII.GetBytes(signingInput), signature);
        return signingInput + "." + Base64Url.EncodeToString(signature.AsSpan(0, written));
    }
}
