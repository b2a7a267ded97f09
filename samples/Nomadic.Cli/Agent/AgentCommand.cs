using System.CommandLine;
using System.Net.Sockets;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Agent;

/// <summary>
/// <c>nomadic agent [-dev] [--bind 127.0.0.1:4646] [--data-dir D] [--oidc-issuer URL] [--enable-mint-endpoint]</c>: serves the
/// OIDC discovery document and JWKS, Nomad's variables and keyring APIs, until SIGINT or SIGTERM.
/// </summary>
internal static class AgentCommand
{
    public static Command Create()
    {
        var dev = new Option<bool>("-dev", "--dev") { Description = "Keep the keyring and the variables in memory; the OIDC issuer is the agent's own address; the mint endpoint is on." };
        var bind = new Option<string>("--bind", "-bind") { Description = "The address and port to listen on; port 0 picks a free one.", DefaultValueFactory = _ => AgentSettings.DefaultBind };
        var dataDir = new Option<string>("--data-dir", "-data-dir") { Description = "Keep the keyring (encrypted) and the variables (SQLite) here across restarts." };
        var issuer = new Option<string>("--oidc-issuer", "-oidc-issuer") { Description = "The iss claim and OIDC issuer URL; default the agent's address with -dev, else none (discovery answers 404)." };
        var mint = new Option<bool>("--enable-mint-endpoint") { Description = "Serve POST /v1/nomadic/identity/mint without -dev (loopback clients only)." };
        var command = new Command("agent", "Run the agent: OIDC discovery and JWKS, /v1/var and /v1/vars with locks, /v1/operator/keyring.") { dev, bind, dataDir, issuer, mint };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new AgentSettings(
                parseResult.GetValue(dev),
                parseResult.GetValue(bind)!,
                parseResult.GetValue(dataDir) is { Length: > 0 } dir ? Path.GetFullPath(dir) : null,
                parseResult.GetValue(issuer),
                parseResult.GetValue(mint)),
            CliEnvironment.Process,
            Console.Out,
            Console.Error,
            cancellationToken));
        return command;
    }

    internal static Task<int> RunAsync(AgentSettings settings, CliEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            RunningAgent agent;
            try
            {
                agent = await AgentHost.StartAsync(settings with { DataDir = settings.Dev ? null : settings.DataDir }, environment, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex) when (ex.InnerException is SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException($"cannot listen on {settings.Bind}: {ex.Message}");
            }
            catch (SocketException ex)
            {
                throw new CliException($"cannot listen on {settings.Bind}: {ex.Message}");
            }

            await using (agent.ConfigureAwait(false))
            {
                await output.WriteLineAsync($"nomadic agent listening on {agent.Address.ToString().TrimEnd('/')}").ConfigureAwait(false);
                await output.WriteLineAsync(settings.Dev ? "mode: dev (in-memory keyring and variables)" : $"data dir: {settings.DataDir}").ConfigureAwait(false);
                if (settings.MintEndpointEnabled)
                {
                    await output.WriteLineAsync($"mint endpoint: {MintEndpoint.Path} (loopback clients only)").ConfigureAwait(false);
                }

                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                // SIGINT or SIGTERM ends the wait; disposing the agent then stops Kestrel gracefully.
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                using (ShutdownSignals.Register(_ => stopping.Cancel()))
                {
                    await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
                }
            }

            await output.WriteLineAsync("nomadic agent stopped").ConfigureAwait(false);
            return 0;
        });
}
