using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.Core.Jobspec;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class EndToEndTests
{
    private const string JobspecText = """
        job "web" {
          group "frontend" {
            task "server" {
              driver = "docker"
              config {
                image = "nginx"
              }
              vault {
                change_mode   = "signal"
                change_signal = "SIGHUP"
              }
            }
          }
        }
        """;

    [Fact]
    public async Task A_task_logs_in_with_its_identity_reads_its_own_secrets_and_is_denied_another_jobs()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        await host.Admin.KvWriteAsync("default/web/db", new Dictionary<string, string> { ["password"] = "web-secret" });
        await host.Admin.KvWriteAsync("default/billing/db", new Dictionary<string, string> { ["password"] = "billing-secret" });

        var decoded = Jobspec.Load(new JobspecParseOptions { Path = "web.nomad.hcl", Source = Encoding.UTF8.GetBytes(JobspecText) });
        Assert.False(decoded.HasErrors, string.Join("\n", decoded.Diagnostics));
        var job = decoded.Job!;
        var group = job.TaskGroups![0];
        var task = group.Tasks![0];

        var resolver = host.Services.GetRequiredService<VaultClusterResolver>();
        var client = resolver.ResolveClient(job, task);
        var options = VaultTaskTokenOptions.FromJob(task.Vault!, host.Factory.GetOptions(), secretsDirectory: null);
        var request = VaultWorkloadIdentity.Request(job, group.Name!, task, Guid.NewGuid().ToString());
        Assert.Equal("vault_default", request.IdentityName);
        var changes = new List<VaultTokenChange>();
        await using var manager = new VaultTokenManager(
            client,
            options,
            async ct => (await oidc.Issuer.MintAsync(request, ct)).Token,
            (change, _) => { changes.Add(change); return ValueTask.CompletedTask; });

        var auth = await manager.StartAsync();

        var login = Assert.Single(vault.Requests, r => r.Path == "/v1/auth/jwt-nomad/login");
        Assert.Equal("PUT", login.Method);
        Assert.False(login.HadToken);
        Assert.StartsWith("""{"role":"","jwt":"ey""", login.Body);
        Assert.Contains("nomad-workloads", auth.Policies);
        Assert.Equal("web", auth.Metadata["nomad_job_id"]);
        Assert.Equal("default", auth.Metadata["nomad_namespace"]);
        Assert.Equal("server", auth.Metadata["nomad_task"]);
        Assert.Equal(TimeSpan.FromMinutes(30), auth.LeaseDuration);
        Assert.True(auth.Renewable);
        Assert.Equal(VaultChangeMode.Signal, options.ChangeMode);

        var taskClient = host.Factory.CreateClient().WithToken(auth.ClientToken);
        var own = await taskClient.KvReadAsync("default/web/db");
        Assert.Equal("web-secret", own!.Data["password"].GetString());
        // Nomad's policy lets a task list its whole namespace (secret/metadata/<ns>/*), but read only its own job's path.
        Assert.Equal(["billing/", "web/"], await taskClient.KvListAsync("default"));

        var denied = await Assert.ThrowsAsync<VaultException>(() => taskClient.KvReadAsync("default/billing/db"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("/v1/secret/data/default/billing/db", denied.Message);
        Assert.Contains("permission denied", denied.Errors);
        Assert.DoesNotContain(auth.ClientToken.Reveal(), denied.ToString());

        var self = await taskClient.LookupSelfAsync();
        Assert.Equal(auth.Accessor, self.Accessor);
        await manager.StopAsync(revoke: true);
        await Assert.ThrowsAsync<VaultException>(() => taskClient.LookupSelfAsync());
        Assert.Empty(changes);
    }

    [Fact]
    public async Task A_token_for_the_wrong_audience_is_refused_by_the_JWT_role()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        var identity = await oidc.Issuer.MintAsync(new Nomadic.Identity.WorkloadIdentityRequest
        {
            JobId = "web", Group = "g", Task = "t", AllocationId = "a", IdentityName = "vault_default", Audience = ["consul.io"], Ttl = TimeSpan.FromHours(1),
        });

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(identity.Token, "nomad-workloads", "jwt-nomad"));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Contains("role \"nomad-workloads\"", ex.Message);
        Assert.Contains("aud claim does not match any bound audience", ex.Message);
        Assert.DoesNotContain(identity.Token, ex.ToString());
    }

    [Fact]
    public async Task A_token_signed_by_another_keyring_fails_signature_verification()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var stranger = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        var forged = await stranger.Issuer.MintAsync(new Nomadic.Identity.WorkloadIdentityRequest
        {
            JobId = "web", Group = "g", Task = "t", AllocationId = "a", IdentityName = "vault_default", Audience = ["vault.io"], Ttl = TimeSpan.FromHours(1),
        });

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LoginWithJwtAsync(forged.Token, null, "jwt-nomad"));

        Assert.Contains("failed to verify id token signature", ex.Message);
        Assert.Contains("default role", ex.Message);
    }
}
