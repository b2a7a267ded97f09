using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Nomadic.Cli.Variables;

/// <summary>Sends POSIX signals to a child process and its descendants (.NET itself can only SIGKILL them).</summary>
internal static partial class ChildSignals
{
    private const int SigInt = 2;
    private const int SigKill = 9;
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

    /// <summary>
    /// The child and every process below it, found through <c>/proc</c>: taken before the child is signalled, because a
    /// shell that dies of SIGTERM leaves its running command orphaned, out of reach of <see cref="Process.Kill(bool)"/>.
    /// </summary>
    public static IReadOnlyList<int> Tree(Process child)
    {
        var tree = new List<int> { child.Id };
        if (!OperatingSystem.IsLinux())
        {
            return tree;
        }

        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(directory) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(static p => p.Key));
        }

        return tree;
    }

    public static void Terminate(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            _ = Kill(pid, SigTerm);
        }
    }

    public static void KillAll(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            _ = Kill(pid, SigKill);
        }
    }

    public static bool AnyAlive(IEnumerable<int> pids) => pids.Any(static pid => Kill(pid, 0) == 0 && !IsZombie(pid));

    // /proc/PID/stat is "PID (COMM) STATE PPID ...", and COMM may hold spaces and parentheses.
    private static int? ParentOf(string directory)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(directory, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null; // the process ended while we looked
        }
    }

    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException)
        {
            return true;
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
