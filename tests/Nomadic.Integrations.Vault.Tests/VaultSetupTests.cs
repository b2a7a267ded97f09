using System.Text;
using System.Text.Json.Nodes;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class VaultSetupTests
{
    // The requests of `nomad setup vault -y` (command/setup_vault.go at v1.7.7) against a fresh Vault CE: Vault's Go client sends
    // Logical().List and Sys().ListPolicies as GET ?list=true (recorded as LIST), EnableAuthWithOptions as POST, writes as PUT.
    private static readonly string[] CommunitySequence =
    [
        "GET /v1/sys/license/status",
        "GET /v1/auth/jwt-nomad/config",
        "POST /v1/sys/auth/jwt-nomad",
        "PUT /v1/auth/jwt-nomad/config",
        "LIST /v1/sys/policies/acl",
        "GET /v1/sys/auth/jwt-nomad",
        "PUT /v1/sys/policies/acl/nomad-workloads",
        "LIST /v1/auth/jwt-nomad/role",
        "PUT /v1/auth/jwt-nomad/role/nomad-workloads",
    ];

    [Fact]
    public async Task Setup_on_Vault_CE_sends_Nomads_request_sequence_and_bodies()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);

        var result = await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();

        Assert.Equal(CommunitySequence, vault.Requests.Select(r => r.ToString()));
        Assert.All(vault.Requests, r => Assert.Null(r.Namespace));
        Assert.False(result.Enterprise);
        Assert.All(result.Steps, s => Assert.Equal(VaultSetupStepStatus.Created, s.Status));

        var bodies = vault.Requests.ToDictionary(r => r.ToString(), r => r.Body);
        Assert.Equal("""{"type":"jwt"}""", bodies["POST /v1/sys/auth/jwt-nomad"]);
        Assert.Equal($$"""{"default_role":"nomad-workloads","jwks_url":"{{oidc.JwksUrl}}","jwt_supported_algs":["EdDSA","RS256"]}""", bodies["PUT /v1/auth/jwt-nomad/config"]);
        Assert.Equal(
            """{"bound_audiences":"vault.io","claim_mappings":{"nomad_job_id":"nomad_job_id","nomad_namespace":"nomad_namespace","nomad_task":"nomad_task"},"role_type":"jwt","token_period":"30m","token_policies":["nomad-workloads"],"token_type":"service","user_claim":"/nomad_job_id","user_claim_json_pointer":true}""",
            bodies["PUT /v1/auth/jwt-nomad/role/nomad-workloads"]);

        var policy = JsonNode.Parse(bodies["PUT /v1/sys/policies/acl/nomad-workloads"])!["policy"]!.GetValue<string>();
        var hcl = Encoding.UTF8.GetString(Convert.FromBase64String(policy));
        var accessor = vault.AccessorOf("jwt-nomad")!;
        Assert.Contains($"secret/data/{{{{identity.entity.aliases.{accessor}.metadata.nomad_namespace}}}}/{{{{identity.entity.aliases.{accessor}.metadata.nomad_job_id}}}}/*", hcl);
        Assert.DoesNotContain("auth_jwt_X", hcl);
    }

    [Fact]
    public async Task Setup_on_Vault_Enterprise_creates_the_namespace_in_root_then_works_inside_it()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Enterprise = true;
        await using var host = new VaultTestHost(vault);

        var result = await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();

        string[] expected = ["GET /v1/sys/license/status", "GET /v1/sys/namespaces/nomad-workloads", "PUT /v1/sys/namespaces/nomad-workloads", .. CommunitySequence[1..]];
        Assert.Equal(expected, vault.Requests.Select(r => r.ToString()));
        Assert.All(vault.Requests.Take(3), r => Assert.Null(r.Namespace));
        Assert.All(vault.Requests.Skip(3), r => Assert.Equal("nomad-workloads", r.Namespace));
        Assert.Equal("""{"custom_metadata":{"created-by":"nomad-setup"}}""", vault.Requests[2].Body);
        Assert.True(result.Enterprise);
        Assert.Contains("namespace = \"nomad-workloads\"", result.ClientConfiguration);
    }

    [Fact]
    public async Task Running_setup_twice_changes_nothing_and_only_reads()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        var setup = new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl });
        await setup.ApplyAsync();
        var after = vault.Snapshot();
        vault.ClearRequests();

        var second = await setup.ApplyAsync();

        Assert.Equal(after, vault.Snapshot());
        Assert.All(second.Steps, s => Assert.Equal(VaultSetupStepStatus.AlreadyPresent, s.Status));
        Assert.All(vault.Requests, r => Assert.Contains(r.Method, new[] { "GET", "LIST" }));
    }

    [Fact]
    public async Task Destroy_leaves_the_server_as_it_was_before_setup()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Enterprise = true;
        await using var host = new VaultTestHost(vault);
        var before = vault.Snapshot();
        var setup = new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl });
        await setup.ApplyAsync();
        Assert.NotEqual(before, vault.Snapshot());

        var destroyed = await setup.DestroyAsync();

        Assert.Equal(before, vault.Snapshot());
        Assert.All(destroyed.Steps, s => Assert.Equal(VaultSetupStepStatus.Deleted, s.Status));
        var again = await setup.DestroyAsync();
        Assert.All(again.Steps, s => Assert.Equal(VaultSetupStepStatus.Absent, s.Status));
    }

    [Fact]
    public async Task Destroy_keeps_a_namespace_setup_did_not_create()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Enterprise = true;
        vault.AddNamespace("nomad-workloads", new JsonObject { ["owner"] = "platform-team" });
        await using var host = new VaultTestHost(vault);
        var setup = new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl });
        var applied = await setup.ApplyAsync();
        Assert.Equal(VaultSetupStepStatus.AlreadyPresent, applied.Steps[0].Status);

        var destroyed = await setup.DestroyAsync();

        Assert.Contains(destroyed.Steps, s => s is { Component: "namespace", Status: VaultSetupStepStatus.Kept });
        Assert.Contains("nomad-workloads=", vault.Snapshot());
        Assert.DoesNotContain(vault.Requests, r => r.ToString() == "DELETE /v1/sys/namespaces/nomad-workloads");
    }

    [Fact]
    public async Task A_JWKS_URL_Vault_cannot_reach_gives_one_clear_error_naming_it()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        var unreachable = "http://127.0.0.1:9/.well-known/jwks.json";

        var ex = await Assert.ThrowsAsync<VaultException>(() => new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = unreachable }).ApplyAsync());

        Assert.Contains("JWKS endpoint is unreachable", ex.Message);
        Assert.Contains(unreachable, ex.Message);
        Assert.Contains(vault.Address.ToString(), ex.Message);
        Assert.DoesNotContain(vault.RootToken, ex.ToString());
    }

    [Fact]
    public async Task The_printed_agent_configuration_matches_nomads()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);

        var result = await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();

        Assert.Equal($"vault {{\n  enabled = true\n  address = \"{vault.Address.ToString().TrimEnd('/')}\"\n  jwt_auth_backend_path = \"jwt-nomad/\"\n}}\n", result.ClientConfiguration);
        Assert.Equal("vault {\n  enabled = true\n\n  default_identity {\n    aud = [\"vault.io\"]\n    ttl = \"1h\"\n  }\n}\n", result.ServerConfiguration);
        Assert.Equal("[✔] Created policy \"nomad-workloads\".", result.Steps[1].ToString());
    }

    [Fact]
    public async Task Plan_reads_only_and_reports_what_apply_would_create()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        var setup = new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl });
        var before = vault.Snapshot();

        var plan = await setup.PlanAsync();

        Assert.Equal(before, vault.Snapshot());
        Assert.All(vault.Requests, r => Assert.Contains(r.Method, new[] { "GET", "LIST" }));
        Assert.Equal(["auth method", "policy", "role"], plan.Steps.Select(s => s.Component));
        Assert.All(plan.Steps, s => Assert.Equal(VaultSetupStepStatus.Missing, s.Status));
        await setup.ApplyAsync();
        Assert.All((await setup.PlanAsync()).Steps, s => Assert.Equal(VaultSetupStepStatus.AlreadyPresent, s.Status));
    }

    [Fact]
    public void Vault_environment_variables_configure_the_client_options()
    {
        var options = VaultEnvironment.Apply(new VaultClientOptions(), new Dictionary<string, string>
        {
            ["VAULT_ADDR"] = "https://127.0.0.1:8200",
            ["VAULT_TOKEN"] = "hvs.env-token",
            ["VAULT_NAMESPACE"] = "",
            ["VAULT_TLS_SERVER_NAME"] = "vault.test",
        });

        Assert.Equal("https://127.0.0.1:8200", options.Address);
        Assert.Equal("hvs.env-token", options.Token!.Reveal());
        Assert.Null(options.Namespace);
        Assert.Equal("vault.test", options.TlsServerName);
    }
}
