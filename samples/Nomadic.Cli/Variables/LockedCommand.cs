using System.Diagnostics;
using System.Globalization;
using Nomadic.Cli.Commands;

namespace Nomadic.Cli.Variables;

/// <summary>
/// Runs <c>var lock</c>'s command while the lock is held: the fencing token in <c>NOMAD_LOCK_FENCING_TOKEN</c>, SIGINT and SIGTERM
/// forwarded, SIGTERM (then SIGKILL after <see cref="KillGrace"/>) when the lock is lost.
/// </summary>
internal static class LockedCommand
{
    public const string FencingTokenVariable = "NOMAD_LOCK_FENCING_TOKEN";

    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    /// <summary>SIGTERM to the child and its descendants, then SIGKILL to whatever of them is left after <see cref="KillGrace"/>.</summary>
    private static async Task StopTreeAsync(Process child, Task exited, TimeProvider time)
    {
        var tree = ChildSignals.Tree(child);
        ChildSignals.Terminate(tree);
        var deadline = time.GetTimestamp() + (long)(KillGrace.TotalSeconds * time.TimestampFrequency);
        while (ChildSignals.AnyAlive(tree) && time.GetTimestamp() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), time).ConfigureAwait(false);
        }

        if (!exited.IsCompleted)
        {
            child.Kill(entireProcessTree: true);
        }

        ChildSignals.KillAll(tree.Skip(1).Where(static pid => ChildSignals.AnyAlive([pid])));
        await exited.ConfigureAwait(false);
    }

    /// <returns>The command's exit code, or <see langword="null"/> when it was stopped because the lock was lost.</returns>
    public static async Task<int?> RunAsync(IReadOnlyList<string> command, bool shell, ulong fencingToken, CancellationToken lockLost, CliEnvironment environment)
    {
        var start = shell
            ? new ProcessStartInfo(environment.GetVariable("SHELL") is { Length: > 0 } sh ? sh : "/bin/sh") { ArgumentList = { "-c", string.Join(' ', command) } }
            : new ProcessStartInfo(command[0]);
        if (!shell)
        {
            foreach (var argument in command.Skip(1))
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.UseShellExecute = false;
        start.Environment[FencingTokenVariable] = fencingToken.ToString(CultureInfo.InvariantCulture);
        Process child;
        try
        {
            child = Process.Start(start) ?? throw new CliException($"cannot start {start.FileName}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new CliException($"cannot start {start.FileName}: {ex.Message}");
        }

        using (child)
        using (ShutdownSignals.Register(signal => ChildSignals.Send(child, signal)))
        {
            var exited = child.WaitForExitAsync(CancellationToken.None);
            var lost = Task.Delay(Timeout.Infinite, lockLost);
            if (await Task.WhenAny(exited, lost).ConfigureAwait(false) == exited)
            {
                await exited.ConfigureAwait(false);
                return child.ExitCode;
            }

            await StopTreeAsync(child, exited, environment.Time).ConfigureAwait(false);
            return null;
        }
    }
}
