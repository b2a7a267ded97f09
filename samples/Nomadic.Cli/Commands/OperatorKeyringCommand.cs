using System.CommandLine;
using System.Globalization;
using Nomadic.Identity;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic operator keyring rotate [--data-dir D] [--now] [--algorithm RS256|EdDSA]</c> and
/// <c>nomadic operator keyring list [--data-dir D]</c>: the data directory's signing keyring.
/// </summary>
internal static class OperatorKeyringCommand
{
    public static Command Create()
    {
        var dataDir = new Option<string>("--data-dir") { Description = "The data directory holding the keyring; default $NOMADIC_DATA_DIR or ~/.local/share/nomadic." };
        var now = new Option<bool>("--now") { Description = "Sign with the new key at once (for a compromised key) instead of pre-publishing it for an hour." };
        var algorithm = new Option<string>("--algorithm") { Description = "The new key's algorithm: RS256 or EdDSA.", DefaultValueFactory = _ => "RS256" };
        var rotate = new Command("rotate", "Create a new signing key; the old one stays published until its tokens expire.") { dataDir, now, algorithm };
        rotate.SetAction((parseResult, cancellationToken) => RotateAsync(
            parseResult.GetValue(dataDir), parseResult.GetValue(now), parseResult.GetValue(algorithm)!, CliEnvironment.Process, Console.Out, Console.Error, cancellationToken));
        var list = new Command("list", "List the signing keys and their states.") { dataDir };
        list.SetAction((parseResult, cancellationToken) => ListAsync(parseResult.GetValue(dataDir), CliEnvironment.Process, Console.Out, Console.Error, cancellationToken));
        var keyring = new Command("keyring", "Manage the workload identity signing keys.") { rotate, list };
        return new Command("operator", "Operate the agent's state.") { keyring, Remote.OperatorRootKeyringCommand.Create() };
    }

    internal static Task<int> RotateAsync(string? dataDirOption, bool immediately, string algorithm, CliEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            if (!SigningAlgorithmNames.TryParse(algorithm, out var parsed))
            {
                throw new CliException($"--algorithm '{algorithm}' is not RS256 or EdDSA");
            }

            var dataDir = DataDirectory.Resolve(dataDirOption, environment);
            using var keyring = await CliKeyring.OpenAsync(dataDir, environment, new NomadicIdentityOptions { Algorithm = parsed }, cancellationToken).ConfigureAwait(false);
            var key = await keyring.Keyring.RotateAsync(immediately, cancellationToken).ConfigureAwait(false);
            var when = key.State == KeyState.Active
                ? "signs from now on; the previous key stays published until its tokens expire"
                : string.Create(CultureInfo.InvariantCulture, $"is published now and signs from {key.ActivateTime:yyyy-MM-ddTHH:mm:ssZ}");
            await output.WriteLineAsync($"Key {key.KeyId} ({key.PublicKey.Alg}) {when}").ConfigureAwait(false);
            return 0;
        });

    internal static Task<int> ListAsync(string? dataDirOption, CliEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            var dataDir = DataDirectory.Resolve(dataDirOption, environment);
            using var keyring = await CliKeyring.OpenAsync(dataDir, environment, new NomadicIdentityOptions(), cancellationToken).ConfigureAwait(false);
            var keys = await keyring.Keyring.ListAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync("Key                                   State         Algorithm  Created               Signs from").ConfigureAwait(false);
            foreach (var key in keys.OrderBy(k => k.ActivateTime ?? DateTimeOffset.MaxValue).ThenBy(k => k.CreateTime))
            {
                await output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{key.KeyId,-37} {key.State.ToString().ToLowerInvariant(),-13} {key.PublicKey.Alg,-10} {key.CreateTime:yyyy-MM-ddTHH:mm:ssZ}  {key.ActivateTime:yyyy-MM-ddTHH:mm:ssZ}")).ConfigureAwait(false);
            }

            return 0;
        });
}
