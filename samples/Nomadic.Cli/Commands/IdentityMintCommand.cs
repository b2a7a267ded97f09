using System.CommandLine;
using Nomadic.Cli.Remote;
using Nomadic.Identity;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic identity mint --job J --group G --task T --aud AUD [--identity NAME] [--ttl 1h] [--namespace default]
/// [--region global] [--alloc ID] [--issuer URL] [--data-dir D] [--claims]</c>: prints a workload identity JWT signed by the
/// active key of the data directory's keyring (created on first use).
/// </summary>
internal static class IdentityMintCommand
{
    public static Command Create()
    {
        var job = new Option<string>("--job") { Description = "The job ID.", Required = true };
        var group = new Option<string>("--group") { Description = "The task group.", Required = true };
        var task = new Option<string>("--task") { Description = "The task.", Required = true };
        var identity = new Option<string>("--identity", "--name") { Description = "The identity block's name.", DefaultValueFactory = _ => WorkloadIdentityRequest.DefaultIdentityName };
        var audience = new Option<string[]>("--aud") { Description = "An audience (repeat for several).", Required = true };
        var ttl = new Option<string>("--ttl") { Description = "The token lifetime as a Go duration (1h, 30m); 0 for no exp.", DefaultValueFactory = _ => "1h" };
        var ns = new Option<string>("--namespace") { Description = "The job's namespace.", DefaultValueFactory = _ => "default" };
        var region = new Option<string>("--region") { Description = "The region.", DefaultValueFactory = _ => "global" };
        var alloc = new Option<string>("--alloc") { Description = "The allocation ID; default a random UUID." };
        var issuer = new Option<string>("--issuer") { Description = "The iss claim (the agent's oidc_issuer); default none." };
        var dataDir = new Option<string>("--data-dir") { Description = "The data directory holding the keyring; default $NOMADIC_DATA_DIR or ~/.local/share/nomadic." };
        var claims = new Option<bool>("--claims") { Description = "Also print the decoded header and claims as JSON." };
        var address = new Option<string>("--addr", "-address") { Description = "Ask this agent (its mint endpoint) to sign with its active key instead of the local data directory's keyring." };
        var token = new Option<string>("-token", "--token") { Description = "The ACL token sent to --addr as X-Nomad-Token; default $NOMAD_TOKEN." };
        var mint = new Command("mint", "Mint a workload identity token for a job's task.")
        {
            job, group, task, identity, audience, ttl, ns, region, alloc, issuer, dataDir, claims, address, token,
        };
        mint.SetAction((parseResult, cancellationToken) => RunAsync(
            new MintInput(
                parseResult.GetValue(job)!,
                parseResult.GetValue(group)!,
                parseResult.GetValue(task)!,
                parseResult.GetValue(identity)!,
                parseResult.GetValue(audience) ?? [],
                parseResult.GetValue(ttl)!,
                parseResult.GetValue(ns)!,
                parseResult.GetValue(region)!,
                parseResult.GetValue(alloc),
                parseResult.GetValue(issuer),
                parseResult.GetValue(dataDir),
                parseResult.GetValue(claims),
                parseResult.GetValue(address),
                parseResult.GetValue(token)),
            CliEnvironment.Process,
            Console.Out,
            Console.Error,
            cancellationToken));
        return new Command("identity", "Workload identities.") { mint };
    }

    internal static Task<int> RunAsync(MintInput input, CliEnvironment environment, TextWriter output, TextWriter error, CancellationToken cancellationToken = default) =>
        CliErrors.RunAsync(error, async () =>
        {
            if (!GoDuration.TryParse(input.Ttl, out var ttl) || ttl < TimeSpan.Zero)
            {
                throw new CliException($"--ttl '{input.Ttl}' is not a duration such as 1h, 30m or 90s");
            }

            var options = new NomadicIdentityOptions { Issuer = input.Issuer };
            if (ttl > options.MaxTokenLifetime)
            {
                throw new CliException($"--ttl {input.Ttl} is longer than the {options.MaxTokenLifetime.TotalHours:0}h maximum token lifetime");
            }

            if (input.Issuer is { } iss && !(Uri.TryCreate(iss, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                throw new CliException($"--issuer '{iss}' is not an absolute http(s) URL");
            }

            if (input.Address is { Length: > 0 })
            {
                return await MintRemotelyAsync(input, ttl, environment, output, cancellationToken).ConfigureAwait(false);
            }

            var dataDir = DataDirectory.Resolve(input.DataDir, environment);
            using var keyring = await CliKeyring.OpenAsync(dataDir, environment, options, cancellationToken).ConfigureAwait(false);
            var signed = await keyring.Issuer.MintAsync(
                new WorkloadIdentityRequest
                {
                    Region = input.Region,
                    Namespace = input.Namespace,
                    JobId = input.Job,
                    Group = input.Group,
                    Task = input.Task,
                    IdentityName = input.Identity,
                    AllocationId = input.AllocationId ?? Guid.NewGuid().ToString("D"),
                    Audience = input.Audience,
                    Ttl = ttl == TimeSpan.Zero ? null : ttl,
                },
                cancellationToken).ConfigureAwait(false);

            // Persist the token's expiry so that the key stays published until the token has expired.
            await keyring.Keyring.MaintainAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(signed.Token).ConfigureAwait(false);
            if (input.ShowClaims)
            {
                await output.WriteLineAsync(TokenJson.Describe(signed.Token)).ConfigureAwait(false);
            }

            return 0;
        });

    private static async Task<int> MintRemotelyAsync(MintInput input, TimeSpan ttl, CliEnvironment environment, TextWriter output, CancellationToken cancellationToken)
    {
        if (input.Issuer is not null || input.DataDir is not null)
        {
            throw new CliException("--issuer and --data-dir belong to the offline form; with --addr the agent's issuer and keyring sign");
        }

        var target = RemoteTarget.Resolve(input.Address, input.Token, input.Namespace, environment);
        var token = await RemoteMint.MintAsync(
            target,
            new WorkloadIdentityRequest
            {
                Region = input.Region,
                Namespace = input.Namespace,
                JobId = input.Job,
                Group = input.Group,
                Task = input.Task,
                IdentityName = input.Identity,
                AllocationId = input.AllocationId ?? Guid.NewGuid().ToString("D"),
                Audience = input.Audience,
                Ttl = ttl == TimeSpan.Zero ? null : ttl,
            },
            input.Ttl,
            cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(token).ConfigureAwait(false);
        if (input.ShowClaims)
        {
            await output.WriteLineAsync(TokenJson.Describe(token)).ConfigureAwait(false);
        }

        return 0;
    }
}
