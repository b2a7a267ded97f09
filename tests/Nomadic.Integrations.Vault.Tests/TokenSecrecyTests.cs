using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class TokenSecrecyTests
{
    [Fact]
    public void A_token_never_shows_its_value()
    {
        var token = new VaultToken("hvs.super-secret");
        var auth = new VaultAuth(token, "acc", [], TimeSpan.Zero, false, "service", new Dictionary<string, string>(), []);

        Assert.Equal("[redacted]", token.ToString());
        Assert.DoesNotContain("hvs.super-secret", auth.ToString());
        Assert.DoesNotContain("hvs.super-secret", $"{token}");
    }

    [Fact]
    public async Task Tokens_appear_in_no_log_line_and_no_exception_even_when_Vault_echoes_them()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault);
        await new VaultSetup(host.Admin, new VaultSetupOptions { JwksUrl = oidc.JwksUrl }).ApplyAsync();
        vault.Intercept = async context =>
        {
            if (context.Request.Path.Value!.EndsWith("echo", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 400;
                await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, $$"""{"errors":["bad token {{context.Request.Headers["X-Vault-Token"]}}"]}""");
                return true;
            }

            return false;
        };

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.ReadAsync("sys/echo"));

        Assert.Contains("bad token [redacted]", ex.Message);
        Assert.DoesNotContain(vault.RootToken, ex.ToString());
        Assert.DoesNotContain(vault.RootToken, string.Join(" ", ex.Errors));
        // The HTTP client factory's own trace logging (request headers included) is captured too.
        Assert.Contains(host.Logs.GetSnapshot(), r => r.Category?.StartsWith("System.Net.Http.HttpClient.Nomadic.Vault", StringComparison.Ordinal) == true);
        Assert.Contains("X-Vault-Token", host.AllLogText);
        Assert.DoesNotContain(vault.RootToken, host.AllLogText);
    }
}
