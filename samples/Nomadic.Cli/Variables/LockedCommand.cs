using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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

            ChildSignals.Send(child, PosixSignal.SIGTERM);
            if (await Task.WhenAny(exited, Task.Delay(KillGrace, environment.Time)).ConfigureAwait(false) != exited)
            {
                child.Kill(entireProcessTree: true);
            }

            await child.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            return null;
        }
    }
}
