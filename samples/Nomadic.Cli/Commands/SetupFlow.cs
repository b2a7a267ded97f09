using Microsoft.Extensions.Options;
using Nomadic.Integrations.Consul;
using Nomadic.Integrations.Vault;

namespace Nomadic.Cli.Commands;

/// <summary>
/// The conversation of <c>nomad setup vault|consul</c>: without <c>-y</c> it needs a terminal, confirms the address, shows what
/// will be created (or deleted) and asks once; then it prints every step and, after setup, the agent configuration. A failure is
/// one line on stderr naming the address and the component; tokens never appear.
/// </summary>
internal static class SetupFlow
{
    public static async Task<int> RunAsync(string verb, Func<SetupTarget> create, SetupInput input, SetupConsole console, CancellationToken cancellationToken = default)
    {
        if (!input.Yes && !console.Interactive)
        {
            await console.Error.WriteLineAsync($"nomadic: {verb} asks for confirmation and stdin is not a terminal; run it with -y to answer yes to every question").ConfigureAwait(false);
            return 1;
        }

        try
        {
            var target = create();
            if (!input.Destroy)
            {
                await console.Out.WriteLineAsync($"This command will configure {target.Product} so that Nomad workloads authenticate with their workload identities.\n").ConfigureAwait(false);
            }

            if (!input.Yes && !await AskAsync(console, $"Is \"{target.Address}\" the correct address of your {target.Product} cluster?").ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"Please set the {target.AddressVariable} environment variable (or -address) to your {target.Product} cluster address and re-run the command.").ConfigureAwait(false);
                return 0;
            }

            return input.Destroy ? await DestroyAsync(target, input, console, cancellationToken).ConfigureAwait(false) : await ApplyAsync(target, input, console, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await console.Error.WriteLineAsync($"nomadic: {message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<int> ApplyAsync(SetupTarget target, SetupInput input, SetupConsole console, CancellationToken cancellationToken)
    {
        if (!input.Yes)
        {
            var plan = await target.Plan(cancellationToken).ConfigureAwait(false);
            await WriteStepsAsync(console, plan.Steps).ConfigureAwait(false);
            if (plan.Missing > 0 && !await AskAsync(console, $"Create the missing components in your {target.Product} cluster?").ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"{target.Product} has not been configured for Nomad workload identities; run the command again to finish.").ConfigureAwait(false);
                return 0;
            }
        }

        var result = await target.Apply(cancellationToken).ConfigureAwait(false);
        await WriteStepsAsync(console, result.Steps).ConfigureAwait(false);
        await console.Out.WriteLineAsync($"""

            Congratulations, your {target.Product} cluster is now setup and ready to accept Nomad
            workloads with Workload Identity!

            You need to adjust your Nomad client configuration in the following way:

            {result.ClientConfiguration}

            And the configuration of your Nomad servers as follows:

            {result.ServerConfiguration}
            """).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> DestroyAsync(SetupTarget target, SetupInput input, SetupConsole console, CancellationToken cancellationToken)
    {
        if (!input.Yes)
        {
            var plan = await target.Plan(cancellationToken).ConfigureAwait(false);
            if (plan.Present == 0)
            {
                await console.Out.WriteLineAsync("Nothing to delete.").ConfigureAwait(false);
                return 0;
            }

            await console.Out.WriteLineAsync("The following items will be deleted:").ConfigureAwait(false);
            await WriteStepsAsync(console, plan.Steps.Where(s => s.Contains("already exists", StringComparison.Ordinal)).Select(s => "  * " + s[4..].Replace(" already exists.", "", StringComparison.Ordinal))).ConfigureAwait(false);
            if (!await AskAsync(console, "Remove all the items listed above?").ConfigureAwait(false))
            {
                return 0;
            }
        }

        var result = await target.Destroy(cancellationToken).ConfigureAwait(false);
        await WriteStepsAsync(console, result.Steps).ConfigureAwait(false);
        return 0;
    }

    private static async Task WriteStepsAsync(SetupConsole console, IEnumerable<string> steps)
    {
        foreach (var step in steps)
        {
            await console.Out.WriteLineAsync(step).ConfigureAwait(false);
        }
    }

    // As Nomad's askQuestion: empty, y or yes is yes; n or no is no; anything else asks again. The end of input is a no.
    private static async Task<bool> AskAsync(SetupConsole console, string question)
    {
        while (true)
        {
            await console.Out.WriteAsync($"[?] {question} [Y/n] ").ConfigureAwait(false);
            var answer = await console.In.ReadLineAsync().ConfigureAwait(false);
            switch (answer?.Trim().ToLowerInvariant())
            {
                case null or "n" or "no":
                    return false;
                case "" or "y" or "yes":
                    return true;
                default:
                    await console.Out.WriteLineAsync($"\"{answer}\" is not a valid response, please answer \"yes\" or \"no\".").ConfigureAwait(false);
                    break;
            }
        }
    }

    private static string? Describe(Exception ex) => ex switch
    {
        VaultException or ConsulException => ex.Message,
        OptionsValidationException options => "invalid configuration: " + string.Join(" ", options.Failures),
        ArgumentException argument when argument.ParamName is { } name => argument.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal),
        IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException => $"cannot read the TLS files: {ex.Message}",
        _ => null,
    };
}
