using System.Runtime.InteropServices;

namespace Nomadic.Locks.Chaos.Tests.Processes;

/// <summary>SIGSTOP, SIGCONT and SIGTERM for a child process (.NET itself can only SIGKILL one).</summary>
public static partial class PosixSignals
{
    private const int SigTerm = 15;
    private const int SigStop = 19;
    private const int SigCont = 18;

    public static void Stop(int pid) => Send(pid, SigStop);

    public static void Continue(int pid) => Send(pid, SigCont);

    public static void Terminate(int pid) => Send(pid, SigTerm);

    private static void Send(int pid, int signal)
    {
        if (Kill(pid, signal) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
