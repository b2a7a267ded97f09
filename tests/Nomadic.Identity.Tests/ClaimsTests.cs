namespace Nomadic.Identity.Tests;

public sealed class ClaimsTests
{
    [Fact]
    public async Task Task_identity_has_nomads_claims_in_order()
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Issuer = "https://nomad.example.com" });
        var minted = await setup.Issuer.MintAsync(TestSetup.TaskRequest() with { VaultNamespace = "ns1", VaultRole = "r", ConsulNamespace = "ignored" });
        var now = setup.Time.GetUtcNow().ToUnixTimeSeconds();
        var expected = "{\"nomad_namespace\":\"default\",\"nomad_job_id\":\"job\",\"nomad_allocation_id\":\"5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab\","
            + "\"nomad_task\":\"task\",\"vault_namespace\":\"ns1\",\"vault_role\":\"r\",\"iss\":\"https://nomad.example.com\","
            + "\"sub\":\"global:default:job:group:task:vault_default\",\"aud\":\"vault.io\","
            + $"\"exp\":{now + 3600},\"nbf\":{now},\"iat\":{now},\"jti\":\"{minted.Claims.TokenId}\"}}";
        Assert.Equal(expected, TestSetup.Part(minted.Token, 1));
        Assert.Equal($"{{\"alg\":\"RS256\",\"kid\":\"{minted.KeyId}\",\"typ\":\"JWT\"}}", TestSetup.Part(minted.Token, 0));
        Assert.True(Guid.TryParse(minted.KeyId, out _));
        Assert.True(Guid.TryParse(minted.Claims.TokenId, out _));
    }

    [Fact]
    public async Task Service_identity_has_nomad_service_and_no_task()
    {
        var setup = new TestSetup();
        var request = TestSetup.TaskRequest("consul-service_group-service-http") with
        {
            Task = null,
            ServiceName = "group-service",
            ConsulNamespace = "apps",
            Audience = ["consul.io", "other"],
        };
        var minted = await setup.Issuer.MintAsync(request);
        var payload = TestSetup.Json(TestSetup.Part(minted.Token, 1));
        Assert.Equal("global:default:job:group:group-service:consul-service_group-service-http", payload.GetProperty("sub").GetString());
        Assert.Equal("group-service", payload.GetProperty("nomad_service").GetString());
        Assert.False(payload.TryGetProperty("nomad_task", out _));
        Assert.Equal("apps", payload.GetProperty("consul_namespace").GetString());
        Assert.Equal(2, payload.GetProperty("aud").GetArrayLength());
        Assert.False(payload.TryGetProperty("iss", out _));
    }

    [Fact]
    public async Task Default_identity_without_ttl_has_no_exp_and_child_jobs_use_the_parent()
    {
        var setup = new TestSetup();
        var request = TestSetup.TaskRequest("default") with { Ttl = null, Audience = ["nomadproject.io"], JobId = "batch/dispatch-123", ParentJobId = "batch" };
        var minted = await setup.Issuer.MintAsync(request);
        var payload = TestSetup.Json(TestSetup.Part(minted.Token, 1));
        Assert.False(payload.TryGetProperty("exp", out _));
        Assert.Equal("batch", payload.GetProperty("nomad_job_id").GetString());
        Assert.Equal("global:default:batch/dispatch-123:group:task:default", payload.GetProperty("sub").GetString());
        Assert.False(payload.TryGetProperty("vault_role", out _));
    }

    [Fact]
    public async Task EdDsa_keys_sign_with_EdDSA_header()
    {
        var setup = new TestSetup(new NomadicIdentityOptions { Algorithm = SigningAlgorithm.EdDsa });
        var minted = await setup.Issuer.MintAsync(TestSetup.TaskRequest());
        Assert.Equal("EdDSA", TestSetup.Json(TestSetup.Part(minted.Token, 0)).GetProperty("alg").GetString());
        Assert.True((await setup.Validator.ValidateAsync(minted.Token)).IsValid);
    }

    [Fact]
    public async Task Bad_requests_are_refused()
    {
        var setup = new TestSetup();
        await Assert.ThrowsAsync<ArgumentException>(async () => await setup.Issuer.MintAsync(TestSetup.TaskRequest() with { ServiceName = "s" }));
        await Assert.ThrowsAsync<ArgumentException>(async () => await setup.Issuer.MintAsync(TestSetup.TaskRequest("bad name")));
        await Assert.ThrowsAsync<ArgumentException>(async () => await setup.Issuer.MintAsync(TestSetup.TaskRequest(ttl: TimeSpan.FromDays(30))));
    }
}
