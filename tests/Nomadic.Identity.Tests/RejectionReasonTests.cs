using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Nomadic.Identity.Tests;

/// <summary>Every hostile or stale token the issue lists, one case each: its rejection and the sentence that explains it.</summary>
public sealed class RejectionReasonTests
{
    private const string IssuerUrl = "https://nomad.example.com";

    public static TheoryData<string> Cases() =>
    [
        "alg none", "HS256 with the public key", "unknown kid", "expired", "not yet valid", "wrong audience", "wrong issuer", "tampered payload", "malformed base64",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_case_is_rejected_with_its_reason(string name)
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Issuer = IssuerUrl });
        var minted = await setup.Issuer.MintAsync(TestSetup.TaskRequest());
        var parts = minted.Token.Split('.');
        var options = new TokenValidationOptions { ValidAudiences = ["vault.io"], ValidIssuer = IssuerUrl };
        var validator = setup.Validator;
        string token;
        TokenRejection expected;
        string reason;
        switch (name)
        {
            case "alg none":
                token = TestSetup.Encode($"{{\"alg\":\"none\",\"kid\":\"{minted.KeyId}\",\"typ\":\"JWT\"}}") + "." + parts[1] + ".";
                (expected, reason) = (TokenRejection.AlgorithmNone, "alg \"none\"");
                break;
            case "HS256 with the public key":
                var input = TestSetup.Encode($"{{\"alg\":\"HS256\",\"kid\":\"{minted.KeyId}\",\"typ\":\"JWT\"}}") + "." + parts[1];
                var jwks = OidcDocuments.Jwks(await setup.Keyring.GetPublicKeysAsync());
                token = input + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(jwks), Encoding.ASCII.GetBytes(input)));
                (expected, reason) = (TokenRejection.AlgorithmNotAllowed, "Algorithm \"HS256\" is not allowed");
                break;
            case "unknown kid":
                token = TestSetup.Encode("{\"alg\":\"RS256\",\"kid\":\"00000000-0000-0000-0000-000000000000\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2];
                (expected, reason) = (TokenRejection.UnknownKeyId, "No published key has kid \"00000000-0000-0000-0000-000000000000\"");
                break;
            case "expired":
                token = minted.Token;
                setup.Time.Advance(TimeSpan.FromHours(1) + options.ClockSkew + TimeSpan.FromSeconds(1));
                (expected, reason) = (TokenRejection.Expired, "expired at");
                break;
            case "not yet valid":
                token = minted.Token;
                validator = new WorkloadIdentityValidator(setup.Keyring, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(setup.Time.GetUtcNow() - options.ClockSkew - TimeSpan.FromSeconds(1)));
                (expected, reason) = (TokenRejection.NotYetValid, "not valid before");
                break;
            case "wrong audience":
                token = minted.Token;
                options = new TokenValidationOptions { ValidAudiences = ["consul.io"], ValidIssuer = IssuerUrl };
                (expected, reason) = (TokenRejection.AudienceMismatch, "does not include any of [consul.io]");
                break;
            case "wrong issuer":
                token = minted.Token;
                options = new TokenValidationOptions { ValidAudiences = ["vault.io"], ValidIssuer = "https://evil.example.com" };
                (expected, reason) = (TokenRejection.IssuerMismatch, "is not \"https://evil.example.com\"");
                break;
            case "tampered payload":
                token = parts[0] + "." + TestSetup.Encode(TestSetup.Part(minted.Token, 1).Replace("\"job\"", "\"admin\"", StringComparison.Ordinal)) + "." + parts[2];
                (expected, reason) = (TokenRejection.InvalidSignature, "signature does not verify");
                break;
            case "malformed base64":
                token = parts[0] + "." + parts[1] + "." + parts[2].Insert(5, "*");
                (expected, reason) = (TokenRejection.BadBase64, "not valid base64url");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, null);
        }

        Assert.True((await setup.Validator.ValidateAsync(minted.Token, new TokenValidationOptions { ValidAudiences = ["vault.io"], ValidIssuer = IssuerUrl })).IsValid || name == "expired");
        var result = await validator.ValidateAsync(token, options);
        Assert.False(result.IsValid);
        Assert.Equal(expected, result.Rejection);
        Assert.Contains(reason, result.Reason, StringComparison.Ordinal);
    }
}
