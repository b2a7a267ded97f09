using Nomadic.Integrations.Consul.Tests.Emulation;

namespace Nomadic.Integrations.Consul.Tests;

public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task Tokens_are_in_no_log_line_message_or_ToString_even_when_Consul_echoes_one()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul);
        await new ConsulSetup(host.Admin, new ConsulSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        var jwt = (await oidc.Issuer.MintAsync(new Nomadic.Identity.WorkloadIdentityRequest
        {
            JobId = "web", Group = "g", ServiceName = "web", AllocationId = "a", IdentityName = "consul-service_web-http", Audience = ["consul.io"], Ttl = TimeSpan.FromHours(1),
        })).Token;
        var token = await host.Admin.LoginAsync("nomad-workloads", jwt);
        var secret = token.SecretId.Reveal();
        consul.Intercept = Faults.FailFirst(int.MaxValue, 400, $"token {secret} is malformed");

        var ex = await Assert.ThrowsAsync<ConsulException>(() => host.Admin.WithToken(token.SecretId).KvGetAsync("a"));

        Assert.Contains("token [redacted] is malformed", ex.Message);
        Assert.DoesNotContain(secret, ex.ToString());
        Assert.DoesNotContain(secret, token.ToString());
        Assert.Equal("[redacted]", token.SecretId.ToString());
        Assert.DoesNotContain(secret, host.AllLogText);
        Assert.DoesNotContain(consul.RootToken, host.AllLogText);
        Assert.DoesNotContain(jwt, host.AllLogText);
    }
}
