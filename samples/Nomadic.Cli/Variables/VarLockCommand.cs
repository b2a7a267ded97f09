using System.CommandLine;
using Nomadic.Cli.Commands;
using Nomadic.Locks;
using Nomadic.Locks.Http;
using GoDuration = Nomadic.Cli.Commands.GoDuration;

namespace Nomadic.Cli.Variables;

/// <summary>
/// <c>nomadic var lock [-ttl 15s] [-delay 15s] [-max-retry 5] [-shell=true] PATH CMD...</c>: holds the variable lock at PATH
/// (waiting for it when another holder has it) while CMD runs, and exits with CMD's exit code.
/// </summary>
internal static class VarLockCommand
{
    public static Command Create()
    {
        var options = new VarOptions();
        var path = new Argument<string>("PATH") { Description = "The lock variable's path." };
        var child = new Argument<string[]>("CMD") { Description = "The command to run while holding the lock.", Arity = ArgumentArity.OneOrMore };
        var ttl = new Option<string>("-ttl", "--ttl") { Description = "The lock's TTL (10s to 24h).", DefaultValueFactory = _ => "15s" };
        var delay = new Option<string>("-delay", "--delay") { Description = "The lock delay after an expiry.", DefaultValueFactory = _ => "15s" };
        var maxRetry = new Option<int>("-max-retry", "--max-retry") { Description = "Retries of a failed request to the store while acquiring.", DefaultValueFactory = _ => 5 };
        var shell = new Option<bool>("-shell", "--shell") { Description = "Run CMD with $SHELL -c (default true); -shell=false runs it directly.", DefaultValueFactory = _ => true, Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("lock", "Run a command while holding a variable lock; its fencing token is in NOMAD_LOCK_FENCING_TOKEN.") { path, child, ttl, delay, maxRetry, shell };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CliErrors.RunAsync(Console.Error, async () =>
        {
            await using var connection = options.Open(parseResult, CliEnvironment.Process);
            return await RunAsync(
                connection,
                new VarLockInput(parseResult.GetValue(path)!, parseResult.GetValue(child) ?? [], parseResult.GetValue(ttl)!, parseResult.GetValue(delay)!, parseResult.GetValue(maxRetry), parseResult.GetValue(shell)),
                CliEnvironment.Process,
                Console.Error,
                cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    internal static async Task<int> RunAsync(VarConnection connection, VarLockInput input, CliEnvironment environment, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (!GoDuration.TryParse(input.Ttl, out var ttl))
        {
            throw new CliException($"Invalid TTL: '{input.Ttl}' is not a duration such as 15s");
        }

        if (!GoDuration.TryParse(input.Delay, out var delay))
        {
            throw new CliException($"Invalid Lock Delay: '{input.Delay}' is not a duration such as 15s");
        }

        if (input.Command.Count == 0)
        {
            throw new CliException("give the command to run after the path");
        }

        var variableLock = new VariableDistributedLock(
            connection.Store,
            input.Path,
            new VariableLockOptions { Namespace = connection.Namespace, Ttl = ttl, LockDelay = delay },
            environment.Time);
        using var interrupted = new CancellationTokenSource();
        IDistributedLockHandle handle;
        using (ShutdownSignals.Register(_ => interrupted.Cancel()))
        using (var acquiring = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, interrupted.Token))
        {
            try
            {
                handle = await AcquireAsync(variableLock, input.MaxRetry, ttl, environment.Time, acquiring.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
            {
                throw new CliException($"interrupted while waiting for the lock on \"{variableLock.Path}\"");
            }
        }

        await using (handle.ConfigureAwait(false))
        {
            var exitCode = await LockedCommand.RunAsync(input.Command, input.Shell, handle.FencingToken, handle.LostToken, environment).ConfigureAwait(false);
            if (exitCode is { } code)
            {
                return code;
            }

            await error.WriteLineAsync($"nomadic: lost the lock on \"{variableLock.Path}\"; the command was stopped").ConfigureAwait(false);
            return 1;
        }
    }

    private static async Task<IDistributedLockHandle> AcquireAsync(VariableDistributedLock variableLock, int maxRetry, TimeSpan ttl, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await variableLock.AcquireAsync(timeout: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < maxRetry && ex is NomadApiException or HttpRequestException or EtcdUnavailableException)
            {
                // Like Nomad's client: back off 1s, 2s, 4s... capped at the TTL.
                var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, attempt), ttl.TotalSeconds));
                await Task.Delay(backoff, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>The options of <c>nomadic var lock</c>.</summary>
internal sealed record VarLockInput(string Path, IReadOnlyList<string> Command, string Ttl, string Delay, int MaxRetry, bool Shell);
