using CsCheck;

namespace Nomadic.Identity.Tests;

public sealed class PropertyTests
{
    [Fact]
    public void Mint_then_validate_round_trips_for_random_requests()
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Algorithm = SigningAlgorithm.EdDsa, Issuer = "https://nomad.example.com" });
        var text = Gen.String[Gen.Char.AlphaNumeric, 1, 20];
        var request =
            from ns in text
            from job in Gen.String[Gen.Char["abc/-_.é<&"], 1, 20]
            from isTask in Gen.Bool
            from name in Gen.String[Gen.Char.AlphaNumeric, 1, 30]
            from audiences in Gen.String[Gen.Char.AlphaNumeric, 1, 10].Array[0, 3]
            from ttl in Gen.Int[0, 86_400]
            select new WorkloadIdentityRequest
            {
                Namespace = ns,
                JobId = job,
                Group = "g",
                Task = isTask ? "t" : null,
                ServiceName = isTask ? null : "svc",
                IdentityName = name,
                AllocationId = Guid.NewGuid().ToString(),
                Audience = audiences,
                Ttl = ttl == 0 ? null : TimeSpan.FromSeconds(ttl),
            };
        request.Sample(r =>
        {
            var minted = setup.Issuer.MintAsync(r).AsTask().GetAwaiter().GetResult();
            var result = setup.Validator.ValidateAsync(minted.Token).AsTask().GetAwaiter().GetResult();
            return result.IsValid
                && result.Claims!.Subject == minted.Claims.Subject
                && result.Claims.JobId == r.JobId
                && result.Claims.Audience.SequenceEqual(r.Audience)
                && result.Claims.Expiry == minted.Claims.Expiry;
        }, iter: 200);
    }
}
