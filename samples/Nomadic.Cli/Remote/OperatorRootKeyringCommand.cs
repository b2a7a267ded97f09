using System.CommandLine;
using System.Text.Json;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Remote;

/// <summary>
/// <c>nomadic operator root keyring list|rotate [--addr URL] [-verbose] [-now]</c>: Nomad's keyring API of an agent, printed as
/// <c>nomad operator root keyring</c> prints it (<c>Key  State  Create Time</c>, key IDs cut to 8 characters unless <c>-verbose</c>).
/// </summary>
internal static class OperatorRootKeyringCommand
{
    public static Command Create()
    {
        var remote = new RemoteOptions();
        var verbose = new Option<bool>("-verbose", "--verbose") { Description = "Print full key IDs." };
        var now = new Option<bool>("-now", "--now") { Description = "Sign with the new key at once (as Nomad 1.7 does) instead of pre-publishing it." };
        var list = new Command("list", "List the agent's signing keys.") { verbose };
        remote.AddTo(list, withNamespace: false);
        list.SetAction((parseResult, cancellationToken) => ListAsync(remote.Resolve(parseResult, CliEnvironment.Process), parseResult.GetValue(verbose), Console.Out, Console.Error, cancellationToken));
        var rotate = new Command("rotate", "Rotate the agent's signing key.") { verbose, now };
        remote.AddTo(rotate, withNamespace: false);
        rotate.SetAction((parseResult, cancellationToken) => RotateAsync(remote.Resolve(parseResult, CliEnvironment.Process), parseResult.GetValue(now), parseResult.GetValue(verbose), Console.Out, Console.Error, cancellationToken));
        var keyring = new Command("keyring", "Manage an agent's signing keys over HTTP.") { list, rotate };
        return new Command("root", "Nomad's operator root commands.") { keyring };
    }

    internal static Task<int> ListAsync(RemoteTarget target, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            using var client = new AgentClient(target);
            using var keys = await client.GetAsync("/v1/operator/keyring/keys", cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(Render(keys.RootElement.EnumerateArray(), verbose)).ConfigureAwait(false);
            return 0;
        });

    internal static Task<int> RotateAsync(RemoteTarget target, bool now, bool verbose, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            using var client = new AgentClient(target);
            using var answer = await client.PutAsync(now ? "/v1/operator/keyring/rotate?now=true" : "/v1/operator/keyring/rotate", cancellationToken).ConfigureAwait(false);
            if (!answer.RootElement.TryGetProperty("Key", out var key))
            {
                throw new CliException("the rotate answer has no Key");
            }

            await output.WriteLineAsync(Render([key], verbose)).ConfigureAwait(false);
            return 0;
        });

    private static string Render(IEnumerable<JsonElement> keys, bool verbose)
    {
        var rows = new List<string[]> { new[] { "Key", "State", "Create Time" } };
        foreach (var key in keys)
        {
            var id = key.GetProperty("KeyID").GetString() ?? string.Empty;
            rows.Add([
                verbose || id.Length <= 8 ? id : id[..8],
                key.GetProperty("State").GetString() ?? string.Empty,
                NomadTime.FromUnixNanoseconds(key.GetProperty("CreateTime").GetInt64()),
            ]);
        }

        return Columns.List(rows);
    }
}
