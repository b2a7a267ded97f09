using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Core.Jobs;
using Nomadic.Identity;
using Nomadic.Integrations.Vault.Tests.Emulation;
using JobVault = Nomadic.Core.Jobs.Vault;

namespace Nomadic.Integrations.Vault.Tests;

/// <summary>The JWT auth checks the emulation makes, so that the end-to-end tests prove something.</summary>
public sealed class JwtLoginTests
{
    private static WorkloadIdentityRequest Request(TimeSpan? ttl = null) => new()
    {
        JobId = "web", Group = "g", Task = "t", AllocationId = "a", IdentityName = "vault_default", Audience = ["vault.io"], Ttl = ttl ?? TimeSpan.FromHours(1),
    };

    private static async Task<(NomadOidcServer, FakeVaultServer, VaultTestHost)> StartAsync(TimeProvider? vaultTime = null)
    {
        var oidc = await NomadOidcServer.StartAsync();
        var vault = await FakeVaultServer.StartAsync(vaultTime);
        var host = new VaultTestHost(vault);
        await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        return (oidc, vault, host);
    }

    [Fact]
    public async Task An_expired_identity_is_refused()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow() + TimeSpan.FromHours(2));
        var (oidc, vault, host) = await StartAsync(clock);
        await using (oidc)
        await using (vault)
        await using (host)
        {
            var identity = await oidc.Issuer.MintAsync(Request(TimeSpan.FromHours(1)));

            var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(identity.Token, null, "jwt-nomad"));

            Assert.Contains("token is expired", ex.Errors);
        }
    }

    [Fact]
    public async Task An_algorithm_outside_jwt_supported_algs_is_refused()
    {
        var (oidc, vault, host) = await StartAsync();
        await using (oidc)
        await using (vault)
        await using (host)
        {
            await host.Admin.WriteJwtAuthConfigAsync("jwt-nomad", new JsonObject
            {
                ["jwks_url"] = oidc.JwksUrl, ["jwt_supported_algs"] = new JsonArray("EdDSA"), ["default_role"] = "nomad-workloads",
            });
            var identity = await oidc.Issuer.MintAsync(Request());

            var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(identity.Token, null, "jwt-nomad"));

            Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
            Assert.Contains("not in jwt_supported_algs", ex.Message);
        }
    }

    [Fact]
    public async Task A_user_claim_the_identity_lacks_is_refused_and_an_unknown_role_is_named()
    {
        var (oidc, vault, host) = await StartAsync();
        await using (oidc)
        await using (vault)
        await using (host)
        {
            var role = VaultSetupAssets.Role("vault.io", "nomad-workloads");
            role["user_claim"] = "/nomad_service";
            await host.Admin.WriteJwtRoleAsync("jwt-nomad", "services", role);
            var identity = await oidc.Issuer.MintAsync(Request());

            var missing = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(identity.Token, "services", "jwt-nomad"));
            var unknown = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(identity.Token, "nope", "jwt-nomad"));

            Assert.Contains("claim \"/nomad_service\" not found in token", missing.Errors);
            Assert.Contains("role \"nope\" could not be found", unknown.Message);
            Assert.Contains("(mount jwt-nomad, role \"nope\")", unknown.Message);
        }
    }

    [Fact]
    public void The_vault_identity_carries_the_blocks_role_and_namespace_and_is_named_after_the_cluster()
    {
        var task = new JobTask
        {
            Name = "server",
            Vault = new JobVault { Role = "web-role", Namespace = "team-a", Cluster = "eu" },
            Identities = [new WorkloadIdentity { Name = "vault_eu", Audience = ["vault.eu"], TTL = TimeSpan.FromMinutes(20) }],
        };
        var job = new Job { ID = "web-periodic-123", ParentID = "web", Namespace = "prod", Region = "europe" };

        var request = VaultWorkloadIdentity.Request(job, "frontend", task, "alloc-1");

        Assert.Equal("vault_eu", request.IdentityName);
        Assert.Equal(["vault.eu"], request.Audience);
        Assert.Equal(TimeSpan.FromMinutes(20), request.Ttl);
        Assert.Equal(("web-role", "team-a"), (request.VaultRole, request.VaultNamespace));
        Assert.Equal(("web-periodic-123", "web", "prod", "europe"), (request.JobId, request.ParentJobId, request.Namespace, request.Region));
        Assert.Equal("vault_default", VaultWorkloadIdentity.IdentityName(""));
    }
}
