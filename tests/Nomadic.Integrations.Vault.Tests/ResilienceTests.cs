using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Integrations.Vault.Tests;

public sealed class ResilienceTests
{
    private static Func<HttpContext, Task<bool>> FailFirst(int count, int status) => Faults.FailFirst(count, status, """{"errors":["Vault is sealed"]}""");

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task Transient_answers_are_retried_until_the_call_succeeds(int status)
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = FailFirst(2, status);
        await using var host = new VaultTestHost(vault);

        var policies = await host.Admin.ListPoliciesAsync();

        Assert.Contains("default", policies);
        Assert.Equal(3, vault.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_gives_one_clear_error_after_the_bounded_attempts()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = FailFirst(int.MaxValue, 503);
        await using var host = new VaultTestHost(vault, o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.WritePolicyAsync("ops", "path \"x\" {}"));

        Assert.Equal(3, vault.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal($"Vault at {vault.Address} answered 503 to PUT /v1/sys/policies/acl/ops (policy \"ops\"): Vault is sealed", ex.Message);
        Assert.Equal(["Vault is sealed"], ex.Errors);
    }

    [Fact]
    public async Task A_403_is_not_retried()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        await using var host = new VaultTestHost(vault, o => o.Token = new VaultToken("hvs.not-a-real-token"));

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.ReadPolicyAsync("default"));

        Assert.Single(vault.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Contains("permission denied", ex.Message);
        Assert.DoesNotContain("hvs.not-a-real-token", ex.ToString());
    }

    [Fact]
    public async Task Other_4xx_are_not_retried()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = FailFirst(int.MaxValue, 400);
        await using var host = new VaultTestHost(vault);

        await Assert.ThrowsAsync<VaultException>(() => host.Admin.ListPoliciesAsync());

        Assert.Single(vault.Requests);
    }

    [Fact]
    public async Task A_stalled_server_is_cut_off_per_attempt_retried_then_reported()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = Faults.StallFirst(int.MaxValue);
        await using var host = new VaultTestHost(vault, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 1;
        });

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.ListPoliciesAsync());

        Assert.Equal(2, vault.Requests.Count);
        Assert.Null(ex.StatusCode);
        Assert.Equal($"Vault at {vault.Address} could not be reached for LIST /v1/sys/policies/acl: it did not answer in time", ex.Message);
    }

    [Fact]
    public async Task A_stalled_server_that_recovers_is_retried_to_success()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = Faults.StallFirst(1);
        // Generous: the healthy second attempt must fit in it even on a loaded machine.
        await using var host = new VaultTestHost(vault, o => o.AttemptTimeout = TimeSpan.FromSeconds(2));

        Assert.Contains("root", await host.Admin.ListPoliciesAsync());
        Assert.Equal(2, vault.Requests.Count);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_reported_with_the_address()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        var aborted = new StrongBox<int>();
        vault.Intercept = Faults.Abort(aborted);
        await using var host = new VaultTestHost(vault, o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<VaultException>(() => host.Admin.LookupSelfAsync());

        Assert.Equal(3, aborted.Value);
        Assert.StartsWith($"Vault at {vault.Address} could not be reached for GET /v1/auth/token/lookup-self", ex.Message);
    }

    [Fact]
    public async Task A_client_created_without_DI_has_the_same_retries()
    {
        await using var vault = await FakeVaultServer.StartAsync();
        vault.Intercept = FailFirst(2, 503);
        var client = VaultClient.Create(new VaultClientOptions
        {
            Address = vault.Address.ToString(),
            Token = new VaultToken(vault.RootToken),
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        });

        Assert.Contains("root", await client.ListPoliciesAsync());
        Assert.Equal(3, vault.Requests.Count);
        Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => VaultClient.Create(new VaultClientOptions { Address = "nowhere" }));
    }
}
