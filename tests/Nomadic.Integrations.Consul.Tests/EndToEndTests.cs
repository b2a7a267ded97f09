using System.Net;
using System.Text;
using Nomadic.Core.Jobs;
using Nomadic.Core.Jobspec;
using Nomadic.Integrations.Consul.Tests.Emulation;

namespace Nomadic.Integrations.Consul.Tests;

public sealed class EndToEndTests
{
    private const string JobspecText = """
        job "web" {
          namespace = "prod"
          group "frontend" {
            network {
              port "http" {}
            }
            service {
              name = "web"
              port = "http"
              tags = ["v1"]
            }
            task "server" {
              driver = "docker"
              config {
                image = "nginx"
              }
              consul {}
            }
          }
        }
        """;

    private static Job Load()
    {
        var decoded = Jobspec.Load(new JobspecParseOptions { Path = "web.nomad.hcl", Source = Encoding.UTF8.GetBytes(JobspecText) });
        Assert.False(decoded.HasErrors, string.Join("\n", decoded.Diagnostics));
        return decoded.Job!;
    }

    [Fact]
    public async Task Service_and_task_identities_log_in_register_the_service_read_their_keys_and_log_out()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        // Setup binds tasks of Nomad namespace "default"; an operator adds the role of namespace "prod" the same way.
        await host.Admin.CreatePolicyAsync("prod-web-kv", "key_prefix \"prod/web/\" {\n  policy = \"read\"\n}\n");
        await host.Admin.CreateRoleAsync("nomad-prod-tasks", "prod tasks", ["prod-web-kv"]);
        consul.PutKey("prod/web/db", "web-secret");
        consul.PutKey("prod/billing/db", "billing-secret");

        var job = Load();
        var group = job.TaskGroups![0];
        var allocId = Guid.NewGuid().ToString();
        var secrets = Directory.CreateTempSubdirectory("consul-secrets-").FullName;
        await using var tokens = host.NewTokens();
        var minted = new List<Nomadic.Identity.WorkloadIdentityRequest>();

        var derived = await tokens.DeriveAsync(job, group, allocId, async (request, ct) =>
        {
            minted.Add(request);
            return (await oidc.Issuer.MintAsync(request, ct)).Token;
        });

        Assert.Equal(["consul-service_web-http", "consul_default"], minted.Select(m => m.IdentityName));
        Assert.All(minted, m => Assert.Equal(["consul.io"], m.Audience));
        var logins = consul.Requests.Where(r => r.Path == "/v1/acl/login").ToArray();
        Assert.Equal(2, logins.Length);
        Assert.All(logins, l => Assert.Equal("POST", l.Method));
        Assert.All(logins, l => Assert.False(l.HadToken));
        Assert.StartsWith("""{"AuthMethod":"nomad-workloads","BearerToken":"ey""", logins[0].Body);
        Assert.EndsWith(""","Meta":{"requested_by":"nomad_service_web"}}""", logins[0].Body);
        Assert.EndsWith(""","Meta":{"requested_by":"nomad_task_server"}}""", logins[1].Body);

        var service = tokens.ServiceToken("web")!;
        Assert.Equal(["web"], service.Token.ServiceIdentities);
        Assert.Empty(service.Token.Roles);
        var task = tokens.TaskToken("server")!;
        Assert.Equal(["nomad-prod-tasks"], task.Token.Roles);
        Assert.Empty(task.Token.ServiceIdentities);
        Assert.Equal(2, derived.Count);

        var id = await tokens.RegisterServiceAsync(job, group, group.Services![0], allocId, null, "127.0.0.1", 8080);
        Assert.Equal($"_nomad-task-{allocId}-group-frontend-web-http", id);
        Assert.Equal("web", consul.Services[id]);
        var register = Assert.Single(consul.Requests, r => r.Path == "/v1/agent/service/register");
        Assert.True(register.HadToken);

        var environment = await tokens.DeliverTaskTokenAsync("server", secrets);
        Assert.Equal(task.Token.SecretId.Reveal(), environment["CONSUL_TOKEN"]);
        var file = Path.Combine(secrets, "consul_token");
        Assert.Equal(task.Token.SecretId.Reveal(), await File.ReadAllTextAsync(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead, File.GetUnixFileMode(file));
        }

        var taskClient = host.Factory.CreateClient().WithToken(task.Token.SecretId);
        Assert.Equal("web-secret", (await taskClient.KvGetAsync("prod/web/db"))!.ValueText);
        var denied = await Assert.ThrowsAsync<ConsulException>(() => taskClient.KvGetAsync("prod/billing/db"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("lacks permission 'key:read' on \"prod/billing/db\"", denied.Message);
        Assert.DoesNotContain(task.Token.SecretId.Reveal(), denied.ToString());
        await Assert.ThrowsAsync<ConsulException>(() => taskClient.KvPutAsync("prod/web/db", "x"u8.ToArray()));

        var serviceClient = host.Factory.CreateClient().WithToken(service.Token.SecretId);
        var other = await Assert.ThrowsAsync<ConsulException>(() => serviceClient.RegisterServiceAsync(new ConsulServiceRegistration { Id = "billing-1", Name = "billing" }));
        Assert.Contains("lacks permission 'service:write' on \"billing\"", other.Message);

        Assert.Equal(2, consul.LoginTokens.Count);
        await tokens.RevokeAsync();
        Assert.Empty(consul.LoginTokens);
        Assert.Empty(tokens.Tokens);
        var logouts = consul.Requests.Where(r => r.Path == "/v1/acl/logout").ToArray();
        Assert.Equal(2, logouts.Length);
        Assert.All(logouts, l => Assert.True(l.HadToken));
        await Assert.ThrowsAsync<ConsulException>(() => taskClient.KvGetAsync("prod/web/db"));
        Assert.DoesNotContain(task.Token.SecretId.Reveal(), host.AllLogText);
        Directory.Delete(secrets, recursive: true);
    }

    [Fact]
    public async Task A_task_whose_role_does_not_exist_gets_no_token_and_what_was_derived_is_logged_out()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        var job = Load();
        await using var tokens = host.NewTokens();

        var ex = await Assert.ThrowsAsync<ConsulException>(() => tokens.DeriveAsync(job, job.TaskGroups![0], "a1", async (r, ct) => (await oidc.Issuer.MintAsync(r, ct)).Token));

        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.StartsWith($"Failed to derive a Consul token for task \"server\" (identity consul_default): Consul at {consul.Address} answered 403 to POST /v1/acl/login (auth method \"nomad-workloads\"): Permission denied", ex.Message);
        Assert.Empty(consul.LoginTokens);
        Assert.Empty(tokens.Tokens);
    }

    [Fact]
    public async Task The_emulated_auth_method_refuses_a_wrong_audience_and_a_foreign_signature()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var stranger = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        var request = new Nomadic.Identity.WorkloadIdentityRequest
        {
            JobId = "web", Group = "g", ServiceName = "web", AllocationId = "a", IdentityName = "consul-service_web-http", Audience = ["vault.io"], Ttl = TimeSpan.FromHours(1),
        };

        var audience = await Assert.ThrowsAsync<ConsulException>(async () => await host.Admin.LoginAsync("nomad-workloads", (await oidc.Issuer.MintAsync(request)).Token));
        var forged = await Assert.ThrowsAsync<ConsulException>(async () => await host.Admin.LoginAsync("nomad-workloads", (await stranger.Issuer.MintAsync(request with { Audience = ["consul.io"] })).Token));
        var unknown = await Assert.ThrowsAsync<ConsulException>(async () => await host.Admin.LoginAsync("nomad-other", (await oidc.Issuer.MintAsync(request)).Token));

        Assert.Contains("invalid audience claim", audience.Message);
        Assert.Contains("failed to verify signature", forged.Message);
        Assert.Contains("auth method \"nomad-other\"", unknown.Message);
    }
}
