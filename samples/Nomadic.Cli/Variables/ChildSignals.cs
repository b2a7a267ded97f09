using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Nomadic.Cli.Variables;

/// <summary>Sends a POSIX signal to a child process (.NET itself can only SIGKILL one).</summary>
internal static partial class ChildSignals
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    public static void Send(Process child, PosixSignal signal)
    {
        if (OperatingSystem.IsWindows())
        {
            child.Kill(entireProcessTree: true);
            return;
        }

        _ = Kill(child.Id, signal == PosixSignal.SIGINT ? SigInt : SigTerm);
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
