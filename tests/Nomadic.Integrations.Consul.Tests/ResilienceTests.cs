using System.Net;
using System.Runtime.CompilerServices;
using Nomadic.Integrations.Consul.Tests.Emulation;

namespace Nomadic.Integrations.Consul.Tests;

public sealed class ResilienceTests
{
    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task Transient_answers_are_retried_until_the_call_succeeds(int status)
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.FailFirst(2, status, "No cluster leader");
        await using var host = new ConsulTestHost(consul);

        Assert.Empty(await host.Admin.ListPoliciesAsync());
        Assert.Equal(3, consul.Requests.Count);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_gives_one_clear_error_after_the_bounded_attempts()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.FailFirst(int.MaxValue, 503, "No cluster leader");
        await using var host = new ConsulTestHost(consul, o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<ConsulException>(() => host.Admin.CreatePolicyAsync("ops", "key_prefix \"\" { policy = \"read\" }"));

        Assert.Equal(3, consul.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal($"Consul at {consul.Address} answered 503 to PUT /v1/acl/policy (policy \"ops\"): No cluster leader", ex.Message);
    }

    [Fact]
    public async Task A_403_is_not_retried_and_names_the_permission()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        await using var host = new ConsulTestHost(consul, o => o.Token = new ConsulToken("3f1e0c8e-not-a-real-token"));

        var ex = await Assert.ThrowsAsync<ConsulException>(() => host.Admin.ListRolesAsync());

        Assert.Single(consul.Requests);
        Assert.Equal(HttpStatusCode.Forbidden, ex.StatusCode);
        Assert.Equal("ACL not found", ex.Error);
        Assert.DoesNotContain("3f1e0c8e-not-a-real-token", ex.ToString());
    }

    [Fact]
    public async Task Other_4xx_are_not_retried()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.FailFirst(int.MaxValue, 400, "Bad request");
        await using var host = new ConsulTestHost(consul);

        await Assert.ThrowsAsync<ConsulException>(() => host.Admin.ListRolesAsync());

        Assert.Single(consul.Requests);
    }

    [Fact]
    public async Task A_stalled_server_is_cut_off_per_attempt_retried_then_reported()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.StallFirst(int.MaxValue);
        await using var host = new ConsulTestHost(consul, o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetryAttempts = 1;
        });

        var ex = await Assert.ThrowsAsync<ConsulException>(() => host.Admin.KvGetAsync("a/b"));

        Assert.Equal(2, consul.Requests.Count);
        Assert.Null(ex.StatusCode);
        Assert.Equal($"Consul at {consul.Address} could not be reached for GET /v1/kv/a/b (key \"a/b\"): it did not answer in time", ex.Message);
    }

    [Fact]
    public async Task A_stalled_server_that_recovers_is_retried_to_success()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.StallFirst(1);
        // Generous: the healthy second attempt must fit in it even on a loaded machine.
        await using var host = new ConsulTestHost(consul, o => o.AttemptTimeout = TimeSpan.FromSeconds(2));

        Assert.Empty(await host.Admin.ListRolesAsync());
        Assert.Equal(2, consul.Requests.Count);
    }

    [Fact]
    public async Task Connection_failures_are_retried_then_reported_with_the_address()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        var aborted = new StrongBox<int>();
        consul.Intercept = Faults.Abort(aborted);
        await using var host = new ConsulTestHost(consul, o => o.MaxRetryAttempts = 2);

        var ex = await Assert.ThrowsAsync<ConsulException>(() => host.Admin.ReadSelfTokenAsync());

        Assert.Equal(3, aborted.Value);
        Assert.StartsWith($"Consul at {consul.Address} could not be reached for GET /v1/acl/token/self", ex.Message);
    }

    [Fact]
    public async Task A_client_created_without_DI_has_the_same_retries_and_checks_its_options()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        consul.Intercept = Faults.FailFirst(2, 503, "No cluster leader");
        var client = ConsulClient.Create(new ConsulClientOptions
        {
            Address = consul.Address.ToString(),
            Token = new ConsulToken(consul.RootToken),
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        });

        Assert.Empty(await client.ListAuthMethodsAsync());
        Assert.Equal(3, consul.Requests.Count);
        var invalid = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => ConsulClient.Create(new ConsulClientOptions { Address = "nowhere", MaxRetryAttempts = 11 }));
        Assert.Contains("Consul cluster \"default\": Address \"nowhere\" is not an absolute http(s) URL.", invalid.Failures);
        Assert.Contains("Consul cluster \"default\": MaxRetryAttempts must be between 0 and 10, not 11.", invalid.Failures);
    }
}
