using System.Net;
using System.Text.Json;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;
using Nomadic.Cli.Variables;
using Nomadic.Identity;

namespace Nomadic.Cli.Tests;

public sealed class AgentCommandTests
{
    [Fact]
    public async Task Mint_with_addr_prints_a_token_the_agents_jwks_validates_with_the_agent_as_issuer()
    {
        await using var agent = await AgentFixture.StartAsync();
        var issuer = agent.Address.ToString().TrimEnd('/');

        Assert.Equal(0, await agent.RunAsync((o, e) => IdentityMintCommand.RunAsync(RemoteMintInput(agent), agent.Environment, o, e)));
        var token = agent.Output.ToString().Trim();

        var result = await ValidateAsync(agent, token, issuer);
        Assert.True(result.IsValid, result.ToString());
        Assert.Equal("web", result.Claims!.JobId);
        Assert.Equal($"{issuer}", result.Claims.Issuer);
    }

    [Fact]
    public async Task Keyring_list_and_rotate_print_like_nomad_and_old_tokens_still_validate()
    {
        await using var agent = await AgentFixture.StartAsync();
        await agent.RunAsync((o, e) => IdentityMintCommand.RunAsync(RemoteMintInput(agent), agent.Environment, o, e));
        var before = agent.Output.ToString().Trim();

        Assert.Equal(0, await agent.RunAsync((o, e) => OperatorRootKeyringCommand.ListAsync(agent.Target(), verbose: false, o, e)));
        var lines = agent.Output.ToString().Trim().Split('\n');
        Assert.Equal("Key       State   Create Time", lines[0].TrimEnd());
        Assert.Matches("^[0-9a-f]{8}  active  \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", lines[1].TrimEnd());

        Assert.Equal(0, await agent.RunAsync((o, e) => OperatorRootKeyringCommand.RotateAsync(agent.Target(), now: false, verbose: true, o, e)));
        Assert.Matches("^[0-9a-f-]{36}  prepublished  ", agent.Output.ToString().Trim().Split('\n')[1]);

        Assert.Equal(0, await agent.RunAsync((o, e) => OperatorRootKeyringCommand.RotateAsync(agent.Target(), now: true, verbose: true, o, e)));
        var newKey = agent.Output.ToString().Trim().Split('\n')[1].Split(' ')[0];

        await agent.RunAsync((o, e) => IdentityMintCommand.RunAsync(RemoteMintInput(agent), agent.Environment, o, e));
        var after = agent.Output.ToString().Trim();
        Assert.Equal(newKey, Kid(after));
        Assert.NotEqual(Kid(before), Kid(after));
        Assert.True((await ValidateAsync(agent, before, agent.Address.ToString().TrimEnd('/'))).IsValid);
        Assert.True((await ValidateAsync(agent, after, agent.Address.ToString().TrimEnd('/'))).IsValid);
    }

    [Fact]
    public async Task The_mint_endpoint_is_off_without_dev_or_the_flag_and_the_error_is_one_line()
    {
        var dataDir = Directory.CreateTempSubdirectory("nomadic-agent-data-").FullName;
        try
        {
            await using var agent = await AgentFixture.StartAsync(dev: false, dataDir: dataDir);
            Assert.Equal(1, await agent.RunAsync((o, e) => IdentityMintCommand.RunAsync(RemoteMintInput(agent), agent.Environment, o, e)));
            Assert.Equal($"nomadic: POST {Agent.MintEndpoint.Path} failed: 404 {Agent.MintEndpoint.DisabledMessage}", agent.Error.ToString().Trim());

            using var http = new HttpClient { BaseAddress = agent.Address };
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative))).StatusCode);
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreachable_agent_is_one_line_without_the_token()
    {
        var environment = new CliEnvironment(name => name == "NOMAD_TOKEN" ? "super-secret-token" : null, TimeProvider.System);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var target = RemoteTarget.Resolve("http://127.0.0.1:1", null, null, environment);

        Assert.Equal(1, await OperatorRootKeyringCommand.ListAsync(target, false, output, error));

        Assert.StartsWith("nomadic: cannot reach http://127.0.0.1:1/", error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Trim().Split('\n'));
        Assert.DoesNotContain("super-secret-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restarted_agent_keeps_its_keys_and_variables_in_the_data_dir()
    {
        var dataDir = Directory.CreateTempSubdirectory("nomadic-agent-data-").FullName;
        try
        {
            string token;
            string keys;
            await using (var first = await AgentFixture.StartAsync(dev: false, dataDir: dataDir, mintEndpoint: true))
            {
                await first.RunAsync((o, e) => IdentityMintCommand.RunAsync(RemoteMintInput(first), first.Environment, o, e));
                token = first.Output.ToString().Trim();
                Assert.Equal(0, await first.RunAsync((c, o) => VarVerbs.PutAsync(c, "app/db", ["user=admin"], null, false, "none", o)));
                await first.RunAsync((o, e) => OperatorRootKeyringCommand.ListAsync(first.Target(), true, o, e));
                keys = first.Output.ToString();
            }

            await using var second = await AgentFixture.StartAsync(dev: false, dataDir: dataDir, mintEndpoint: true);
            await second.RunAsync((o, e) => OperatorRootKeyringCommand.ListAsync(second.Target(), true, o, e));
            Assert.Equal(keys, second.Output.ToString());
            Assert.True((await ValidateAsync(second, token, issuer: null)).IsValid);
            Assert.Equal(0, await second.RunAsync((c, o) => VarVerbs.GetAsync(c, "app/db", "user", "table", o)));
            Assert.Equal("admin", second.Output.ToString());
            Assert.True(File.Exists(Path.Combine(dataDir, "keyring-kek")));
            Assert.True(File.Exists(Path.Combine(dataDir, "variables.db")));
        }
        finally
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    internal static MintInput RemoteMintInput(AgentFixture agent) =>
        new("web", "frontend", "server", "vault_default", ["vault.io"], "1h", "default", "global", null, null, null, false, agent.Address.ToString());

    internal static string Kid(string token)
    {
        using var header = JsonDocument.Parse(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[0]));
        return header.RootElement.GetProperty("kid").GetString()!;
    }

    private static async Task<TokenValidationResult> ValidateAsync(AgentFixture agent, string token, string? issuer)
    {
        using var http = new HttpClient { BaseAddress = agent.Address };
        var jwks = await http.GetStringAsync(new Uri("/.well-known/jwks.json", UriKind.Relative));
        var validator = new WorkloadIdentityValidator(new StaticPublicKeyProvider(JsonWebKeySetReader.Read(jwks)), TimeProvider.System);
        return await validator.ValidateAsync(token, new TokenValidationOptions { ValidAudiences = ["vault.io"], ValidIssuer = issuer });
    }
}
