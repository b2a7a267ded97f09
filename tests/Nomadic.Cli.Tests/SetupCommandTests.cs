using Microsoft.Extensions.Time.Testing;
using Nomadic.Cli.Commands;
using Nomadic.Integrations.Consul.Tests.Emulation;
using Nomadic.Integrations.Vault.Tests.Emulation;

namespace Nomadic.Cli.Tests;

/// <summary><c>nomadic setup vault|consul</c> against the in-process Vault and Consul, with a live Nomadic JWKS endpoint.</summary>
public sealed class SetupCommandTests
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);

    private async Task<(int Code, string Output, string Error)> RunAsync(string product, SetupInput input, string answers = "", bool interactive = false)
    {
        var environment = new CliEnvironment(name => _variables.GetValueOrDefault(name), new FakeTimeProvider());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new SetupConsole(new StringReader(answers), interactive, output, error);
        Func<SetupInput, CliEnvironment, SetupTarget> target = product == "vault" ? SetupTargets.Vault : SetupTargets.Consul;
        var code = await SetupCommand.RunAsync(product, input, target, environment, console);
        return (code, output.ToString(), error.ToString());
    }

    private static void AssertOneLine(string error)
    {
        Assert.StartsWith("nomadic: ", error);
        Assert.Equal(1, error.Count(c => c == '\n'));
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Setup_consul_with_y_creates_everything_prints_the_steps_and_the_configuration()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        _variables["CONSUL_HTTP_ADDR"] = consul.Address.Authority;
        _variables["CONSUL_HTTP_TOKEN"] = consul.RootToken;

        var (code, output, error) = await RunAsync("consul", new SetupInput(null, oidc.JwksUrl, Destroy: false, Yes: true));

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("[✔] Created auth method \"nomad-workloads\".", output);
        Assert.Contains("[✔] Created binding rule for services \"${value.nomad_service}\".", output);
        Assert.Contains("[✔] Created policy \"policy-nomad-tasks\".", output);
        Assert.Contains("[✔] Created role \"nomad-default-tasks\".", output);
        Assert.Contains("task_identity {", output);
        Assert.Contains($"address = \"{consul.Address.Authority}\"", output);
        Assert.DoesNotContain(consul.RootToken, output);
        Assert.Equal(6, consul.Requests.Count(r => r.Method == "GET"));

        var again = await RunAsync("consul", new SetupInput(null, oidc.JwksUrl, false, true));
        Assert.Contains("[✔] Auth method \"nomad-workloads\" already exists.", again.Output);

        var destroyed = await RunAsync("consul", new SetupInput(null, null, Destroy: true, Yes: true));
        Assert.Equal(0, destroyed.Code);
        Assert.Contains("[✔] Deleted auth method \"nomad-workloads\".", destroyed.Output);
        Assert.Contains("[✔] Deleted policy \"policy-nomad-tasks\".", destroyed.Output);
        Assert.DoesNotContain("Congratulations", destroyed.Output);
    }

    [Fact]
    public async Task Setup_vault_with_y_against_the_address_flag_creates_everything_and_destroys_it()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        _variables["VAULT_ADDR"] = "http://127.0.0.1:1";
        _variables["VAULT_TOKEN"] = vault.RootToken;

        var (code, output, error) = await RunAsync("vault", new SetupInput(vault.Address.ToString(), oidc.JwksUrl, false, true));

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("[✔] Created auth method \"jwt-nomad\".", output);
        Assert.Contains("[✔] Created role \"nomad-workloads\".", output);
        Assert.Contains("jwt_auth_backend_path = \"jwt-nomad/\"", output);
        Assert.Contains("default_identity {", output);

        var destroyed = await RunAsync("vault", new SetupInput(vault.Address.ToString(), null, true, true));
        Assert.Equal(0, destroyed.Code);
        Assert.Contains("[✔] Deleted policy \"nomad-workloads\".", destroyed.Output);
    }

    [Theory]
    [InlineData("vault")]
    [InlineData("consul")]
    public async Task Without_y_and_without_a_terminal_it_refuses_with_one_line_suggesting_y(string product)
    {
        var (code, output, error) = await RunAsync(product, new SetupInput("http://127.0.0.1:1", null, false, false));

        Assert.Equal(1, code);
        Assert.Empty(output);
        AssertOneLine(error);
        Assert.Contains($"setup {product} asks for confirmation", error);
        Assert.Contains("-y", error);
    }

    [Fact]
    public async Task Interactively_it_confirms_the_address_shows_the_plan_and_asks_before_writing()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        _variables["CONSUL_HTTP_TOKEN"] = consul.RootToken;
        var input = new SetupInput(consul.Address.ToString(), oidc.JwksUrl, false, false);

        var declined = await RunAsync("consul", input, answers: "maybe\nn\n", interactive: true);
        Assert.Equal(0, declined.Code);
        Assert.Contains("\"maybe\" is not a valid response", declined.Output);
        Assert.Contains("Please set the CONSUL_HTTP_ADDR environment variable", declined.Output);
        Assert.Empty(consul.Requests);

        var notNow = await RunAsync("consul", input, answers: "y\nno\n", interactive: true);
        Assert.Contains("[ ] Will create auth method \"nomad-workloads\".", notNow.Output);
        Assert.All(consul.Requests, r => Assert.Equal("GET", r.Method));

        var accepted = await RunAsync("consul", input, answers: "\nyes\n", interactive: true);
        Assert.Equal(0, accepted.Code);
        Assert.Contains($"[?] Is \"{consul.Address}\" the correct address of your Consul cluster? [Y/n]", accepted.Output);
        Assert.Contains("[✔] Created role \"nomad-default-tasks\".", accepted.Output);

        var destroy = await RunAsync("consul", input with { Destroy = true }, answers: "y\ny\n", interactive: true);
        Assert.Contains("The following items will be deleted:", destroy.Output);
        Assert.Contains("  * Policy \"policy-nomad-tasks\"", destroy.Output);
        Assert.Contains("[✔] Deleted role \"nomad-default-tasks\".", destroy.Output);
    }

    [Theory]
    [InlineData("vault", "Vault")]
    [InlineData("consul", "Consul")]
    public async Task An_unreachable_server_is_one_line_naming_the_address(string product, string name)
    {
        var (code, _, error) = await RunAsync(product, new SetupInput("http://127.0.0.1:1", null, false, true));

        Assert.Equal(1, code);
        AssertOneLine(error);
        Assert.StartsWith($"nomadic: {name} at http://127.0.0.1:1/ could not be reached", error);
    }

    [Fact]
    public async Task An_unreachable_JWKS_URL_is_one_line_naming_the_URL()
    {
        await using var consul = await FakeConsulServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        _variables["CONSUL_HTTP_TOKEN"] = consul.RootToken;
        _variables["VAULT_TOKEN"] = vault.RootToken;
        const string jwks = "http://127.0.0.1:1/.well-known/jwks.json";

        var c = await RunAsync("consul", new SetupInput(consul.Address.ToString(), jwks, false, true));
        var v = await RunAsync("vault", new SetupInput(vault.Address.ToString(), jwks, false, true));

        Assert.Equal(1, c.Code);
        AssertOneLine(c.Error);
        Assert.Contains($"the JWKS URL {jwks} is reachable by Consul", c.Error);
        Assert.Equal(1, v.Code);
        AssertOneLine(v.Error);
        Assert.Contains($"the JWKS URL {jwks} is reachable by Vault", v.Error);
    }

    [Fact]
    public async Task A_403_is_one_line_naming_the_call_and_never_the_token()
    {
        await using var oidc = await NomadOidcServer.StartAsync();
        await using var consul = await FakeConsulServer.StartAsync();
        await using var vault = await FakeVaultServer.StartAsync();
        _variables["CONSUL_HTTP_TOKEN"] = "0b7e1a52-0000-4000-8000-00000000dead";
        _variables["VAULT_TOKEN"] = "hvs.not-a-real-token";

        var c = await RunAsync("consul", new SetupInput(consul.Address.ToString(), oidc.JwksUrl, false, true));
        var v = await RunAsync("vault", new SetupInput(vault.Address.ToString(), oidc.JwksUrl, false, true));

        Assert.Equal(1, c.Code);
        AssertOneLine(c.Error);
        Assert.Contains("answered 403 to GET /v1/operator/license: ACL not found", c.Error);
        Assert.DoesNotContain("dead", c.Error + c.Output);
        Assert.Equal(1, v.Code);
        AssertOneLine(v.Error);
        Assert.Contains("answered 403", v.Error);
        Assert.DoesNotContain("hvs.not-a-real-token", v.Error + v.Output);
    }

    [Fact]
    public async Task Bad_configuration_is_one_line()
    {
        _variables["CONSUL_CACERT"] = "/nonexistent/ca.pem";

        var (code, _, error) = await RunAsync("consul", new SetupInput(null, null, false, true));
        var badJwks = await RunAsync("vault", new SetupInput("http://127.0.0.1:1", "not a url", false, true));

        Assert.Equal(1, code);
        AssertOneLine(error);
        Assert.Equal("nomadic: invalid configuration: Consul cluster \"default\": CaFile \"/nonexistent/ca.pem\" does not exist.\n", error);
        Assert.Equal(1, badJwks.Code);
        AssertOneLine(badJwks.Error);
        Assert.Contains("The JWKS URL \"not a url\" is not an absolute URL.", badJwks.Error);
    }
}
