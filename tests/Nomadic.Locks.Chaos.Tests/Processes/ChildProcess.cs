using System.Collections.Concurrent;
using System.Diagnostics;

namespace Nomadic.Locks.Chaos.Tests.Processes;

/// <summary>
/// A .NET program from the test's output directory (<c>dotnet NAME.dll ARGS</c>) whose stdout lines are collected; disposing
/// it kills its whole process tree, even when it is stopped.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private ChildProcess(string name, Process process)
    {
        Name = name;
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _lines.Enqueue(line);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                _errors.Enqueue(line);
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public IReadOnlyList<string> Lines => [.. _lines];

    public string Errors => string.Join('\n', _errors);

    public static ChildProcess Start(string name, string assembly, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildProcess(name, Process.Start(start) ?? throw new InvalidOperationException($"{assembly} did not start"));
    }

    /// <summary>Waits until a stdout line matches, or throws when the process exits or the time is up.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line)
            {
                return line;
            }

            if (_process.HasExited || limit.IsCancellationRequested)
            {
                throw new InvalidOperationException($"{Name} printed no matching line (exited: {_process.HasExited}); stdout: {string.Join('\n', _lines)}; stderr: {Errors}");
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                // A stopped process still dies of SIGKILL; SIGCONT is not needed.
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
