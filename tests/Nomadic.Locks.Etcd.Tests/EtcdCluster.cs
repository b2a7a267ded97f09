using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nomadic.Locks.Etcd.Tests;

/// <summary>
/// A real 3-member etcd cluster on loopback ports in a temp directory, started once for the test collection and
/// stopped and deleted at the end. Members can be killed and restarted.
/// </summary>
public sealed class EtcdCluster : IAsyncLifetime
{
    public const string EtcdPath = "/usr/bin/etcd";
    private const int Members = 3;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nomadic-etcd-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Process?[] _processes = new Process?[Members];
    private readonly int[] _clientPorts = new int[Members];
    private readonly int[] _peerPorts = new int[Members];

    public static bool IsInstalled => File.Exists(EtcdPath);

    public static string MissingMessage => $"{EtcdPath} is missing: install Debian's etcd-server with eng/install-prerequisites.sh";

    public IReadOnlyList<string> Endpoints => [.. _clientPorts.Select(static port => $"http://127.0.0.1:{port}")];

    public async Task InitializeAsync()
    {
        if (!IsInstalled)
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        var ports = FreePorts(2 * Members);
        for (var i = 0; i < Members; i++)
        {
            _clientPorts[i] = ports[i];
            _peerPorts[i] = ports[Members + i];
        }

        for (var i = 0; i < Members; i++)
        {
            Start(i);
        }

        await WaitHealthyAsync(Enumerable.Range(0, Members)).ConfigureAwait(false);
    }

    /// <summary>Kills member <paramref name="index"/> (SIGKILL).</summary>
    public void Kill(int index)
    {
        var process = _processes[index];
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    /// <summary>Starts member <paramref name="index"/> again on its data directory and waits until it is healthy.</summary>
    public async Task RestartAsync(int index)
    {
        Kill(index);
        _processes[index]?.Dispose();
        Start(index);
        await WaitHealthyAsync([index]).ConfigureAwait(false);
    }

    public Task DisposeAsync()
    {
        for (var i = 0; i < Members; i++)
        {
            Kill(i);
            _processes[i]?.Dispose();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(static _ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var listener in listeners)
        {
            listener.Start();
        }

        var ports = listeners.Select(static l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }

    private void Start(int index)
    {
        var name = $"m{index + 1}";
        var cluster = string.Join(",", Enumerable.Range(0, Members).Select(i => $"m{i + 1}=http://127.0.0.1:{_peerPorts[i]}"));
        var client = $"http://127.0.0.1:{_clientPorts[index]}";
        var peer = $"http://127.0.0.1:{_peerPorts[index]}";
        var start = new ProcessStartInfo(EtcdPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--name", name, "--data-dir", Path.Combine(_directory, name),
            "--listen-client-urls", client, "--advertise-client-urls", client,
            "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
            "--initial-cluster", cluster, "--initial-cluster-state", "new", "--initial-cluster-token", Path.GetFileName(_directory),
            "--heartbeat-interval", "50", "--election-timeout", "500",
            "--logger", "zap", "--log-outputs", Path.Combine(_directory, name + ".log"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{EtcdPath} did not start.");
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes[index] = process;
    }

    private async Task WaitHealthyAsync(IEnumerable<int> members)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        foreach (var index in members)
        {
            while (true)
            {
                if (_processes[index] is { HasExited: true } exited)
                {
                    throw new InvalidOperationException($"etcd member m{index + 1} exited with {exited.ExitCode}; see {_directory}/m{index + 1}.log");
                }

                try
                {
                    var health = await http.GetStringAsync($"http://127.0.0.1:{_clientPorts[index]}/health").ConfigureAwait(false);
                    if (health.Contains("\"health\":\"true\"", StringComparison.Ordinal))
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // No answer within the client timeout yet.
                }

                if (deadline.Elapsed > StartTimeout)
                {
                    throw new TimeoutException($"etcd member m{index + 1} was not healthy within {StartTimeout}; see {_directory}/m{index + 1}.log");
                }

                await Task.Delay(50).ConfigureAwait(false);
            }
        }
    }
}
