using System.Net;
using Nomadic.Integrations.Consul.Tests.Emulation;

namespace Nomadic.Integrations.Consul.Tests;

public sealed class ConsulSetupTests
{
    // Nomad 1.7.7 command/setup_consul.go with -y, through Consul's Go client (api/acl.go, api/namespace.go, api/operator_license.go).
    private static readonly string[] CommunitySequence =
    [
        "GET /v1/operator/license",
        "GET /v1/acl/auth-methods",
        "PUT /v1/acl/auth-method",
        "GET /v1/acl/binding-rules",
        "PUT /v1/acl/binding-rule",
        "GET /v1/acl/binding-rules",
        "PUT /v1/acl/binding-rule",
        "GET /v1/acl/policies",
        "PUT /v1/acl/policy",
        "GET /v1/acl/roles",
        "PUT /v1/acl/role",
    ];

    private static readonly string[] EnterpriseSequence =
    [
        "GET /v1/operator/license",
        "GET /v1/namespaces?ns=nomad-workloads",
        "PUT /v1/namespace?ns=nomad-workloads",
        "GET /v1/acl/auth-methods?ns=default",
        "PUT /v1/acl/auth-method?ns=default",
        "GET /v1/acl/binding-rules?ns=default",
        "PUT /v1/acl/binding-rule?ns=default",
        "GET /v1/acl/binding-rules?ns=default",
        "PUT /v1/acl/binding-rule?ns=default",
        "GET /v1/acl/policies?ns=nomad-workloads",
        "PUT /v1/acl/policy?ns=nomad-workloads",
        "GET /v1/acl/roles?ns=nomad-workloads",
        "PUT /v1/acl/role?ns=nomad-workloads",
    ];

    [Fact]
    public async Task Setup_sends_Nomads_requests_in_Nomads_order_with_Nomads_bodies()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);

        var result = await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();

        Assert.Equal(CommunitySequence, consul.Requests.Select(r => r.ToString()));
        Assert.All(consul.Requests, r => Assert.True(r.HadToken));
        var bodies = consul.Requests.Where(r => r.Method == "PUT").Select(r => r.Body).ToArray();
        Assert.Equal(
            $$"""{"Name":"nomad-workloads","Type":"jwt","DisplayName":"nomad-workloads","Description":"Login method for Nomad workloads using workload identities","TokenLocality":"local","Config":{"BoundAudiences":["consul.io"],"ClaimMappings":{"consul_namespace":"consul_namespace","nomad_job_id":"nomad_job_id","nomad_namespace":"nomad_namespace","nomad_service":"nomad_service","nomad_task":"nomad_task"},"JWKSURL":"{{oidc.JwksUrl}}","JWTSupportedAlgs":["RS256"]},"CreateIndex":0,"ModifyIndex":0}""",
            bodies[0]);
        Assert.Equal("""{"ID":"","Description":"Binding rule for Nomad services authenticated using a workload identity","AuthMethod":"nomad-workloads","Selector":"\u0022nomad_service\u0022 in value","BindType":"service","BindName":"${value.nomad_service}","CreateIndex":0,"ModifyIndex":0}""", bodies[1]);
        Assert.Equal("""{"ID":"","Description":"Binding rule for Nomad tasks authenticated using a workload identity","AuthMethod":"nomad-workloads","Selector":"\u0022nomad_service\u0022 not in value","BindType":"role","BindName":"nomad-${value.nomad_namespace}-tasks","CreateIndex":0,"ModifyIndex":0}""", bodies[2]);
        Assert.Equal("""{"ID":"","Name":"policy-nomad-tasks","Description":"","Rules":"service_prefix \u0022\u0022 {\n  policy = \u0022read\u0022\n}\n\nkey_prefix \u0022\u0022 {\n  policy = \u0022read\u0022\n}\n","Datacenters":null,"Hash":null,"CreateIndex":0,"ModifyIndex":0}""", bodies[3]);
        Assert.Equal("""{"ID":"","Name":"nomad-default-tasks","Description":"Role for Nomad tasks using workload identities","Policies":[{"ID":"","Name":"policy-nomad-tasks"}],"Hash":null,"CreateIndex":0,"ModifyIndex":0}""", bodies[4]);
        Assert.False(result.Enterprise);
        Assert.All(result.Steps, s => Assert.Equal(ConsulSetupStepStatus.Created, s.Status));
        Assert.Equal("[✔] Created auth method \"nomad-workloads\".", result.Steps[0].ToString());
        Assert.Contains($"address = \"{consul.Address.Authority}\"", result.ClientConfiguration);
        Assert.Contains("service_identity {\n    aud = [\"consul.io\"]\n    ttl = \"1h\"\n  }", result.ServerConfiguration);
        Assert.Contains("task_identity {", result.ServerConfiguration);
    }

    [Fact]
    public async Task On_Enterprise_setup_creates_the_namespace_and_binds_auth_methods_in_default()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Enterprise = true;
        await using var host = new ConsulTestHost(consul);

        var result = await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();

        Assert.Equal(EnterpriseSequence, consul.Requests.Select(r => r.ToString()));
        Assert.Equal("""{"Name":"nomad-workloads","Meta":{"created-by":"nomad-setup"}}""", consul.Requests[2].Body);
        Assert.EndsWith(""","NamespaceRules":[{"Selector":"\u0022consul_namespace\u0022 in value","BindNamespace":"${value.consul_namespace}"}]}""", consul.Requests[4].Body);
        Assert.True(result.Enterprise);
        Assert.Equal("nomad-workloads", result.Namespace);
    }

    [Fact]
    public async Task Running_setup_twice_only_reads_the_second_time_and_changes_nothing()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        var setup = new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl });
        await setup.ApplyAsync();
        var after = consul.Snapshot();
        consul.ClearRequests();

        var second = await setup.ApplyAsync();

        Assert.Equal(after, consul.Snapshot());
        Assert.All(consul.Requests, r => Assert.Equal("GET", r.Method));
        Assert.All(second.Steps, s => Assert.Equal(ConsulSetupStepStatus.AlreadyPresent, s.Status));
        Assert.Equal("[✔] Policy \"policy-nomad-tasks\" already exists.", second.Steps[3].ToString());
        var plan = await setup.PlanAsync();
        Assert.All(plan.Steps, s => Assert.Equal(ConsulSetupStepStatus.AlreadyPresent, s.Status));
    }

    [Fact]
    public async Task Destroy_removes_what_setup_created_in_Nomads_order_and_leaves_the_server_as_it_was()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        var before = consul.Snapshot();
        var setup = new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl });
        Assert.All((await setup.PlanAsync()).Steps, s => Assert.Equal(ConsulSetupStepStatus.Missing, s.Status));
        await setup.ApplyAsync();
        consul.ClearRequests();

        var result = await setup.DestroyAsync();

        Assert.Equal(before, consul.Snapshot());
        var sequence = consul.Requests.Select(r => r.ToString()).ToArray();
        Assert.Equal(
            ["GET /v1/operator/license", "GET /v1/acl/auth-methods", "GET /v1/acl/binding-rules?authmethod=nomad-workloads", "GET /v1/acl/policies", "GET /v1/acl/roles",
             "GET /v1/acl/policy/name/policy-nomad-tasks", "DELETE", "GET /v1/acl/role/name/nomad-default-tasks", "DELETE", "DELETE", "DELETE", "DELETE /v1/acl/auth-method/nomad-workloads"],
            sequence.Select(s => s.StartsWith("DELETE /v1/acl/auth-method", StringComparison.Ordinal) ? s : s.StartsWith("DELETE", StringComparison.Ordinal) ? "DELETE" : s));
        Assert.Equal(
            [ConsulSetupStepStatus.Deleted, ConsulSetupStepStatus.Deleted, ConsulSetupStepStatus.Deleted, ConsulSetupStepStatus.Deleted, ConsulSetupStepStatus.Deleted],
            result.Steps.Select(s => s.Status));
        var again = await setup.DestroyAsync();
        Assert.All(again.Steps, s => Assert.Equal(ConsulSetupStepStatus.Absent, s.Status));
    }

    [Fact]
    public async Task On_Enterprise_destroy_removes_the_namespace_only_when_setup_created_it()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Enterprise = true;
        await using var host = new ConsulTestHost(consul);
        var before = consul.Snapshot();
        var setup = new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl });
        await setup.ApplyAsync();

        var result = await setup.DestroyAsync();

        Assert.Equal(before, consul.Snapshot());
        Assert.Equal(new ConsulSetupStep("namespace", "nomad-workloads", ConsulSetupStepStatus.Deleted), result.Steps[^1]);

        await host.Admin.CreateNamespaceAsync("nomad-workloads", new Dictionary<string, string>());
        await setup.ApplyAsync();
        var kept = await setup.DestroyAsync();
        Assert.Equal(ConsulSetupStepStatus.Kept, kept.Steps[^1].Status);
        Assert.NotNull(await host.Admin.ReadNamespaceAsync("nomad-workloads"));
    }

    [Fact]
    public async Task An_unreachable_JWKS_URL_gives_one_line_naming_the_URL()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        const string url = "http://127.0.0.1:1/.well-known/jwks.json";

        var ex = await Assert.ThrowsAsync<ConsulException>(() => new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = url }).ApplyAsync());

        Assert.StartsWith($"Nomad's JWKS endpoint is unreachable from Consul at {consul.Address}: verify that Nomad is running and that the JWKS URL {url} is reachable by Consul", ex.Message);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task A_token_without_acl_write_gets_a_403_naming_the_auth_method()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul, o => o.Token = null);

        var ex = await Assert.ThrowsAsync<ConsulException>(() => new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync());

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.StartsWith($"Consul at {consul.Address} answered 403 to GET /v1/acl/auth-methods: Permission denied", ex.Message);
    }
}
