using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Nomadic.Benchmarks;

/// <summary>A 3-member etcd cluster (Debian's /usr/bin/etcd) on free loopback ports in a temp directory, for benchmarks.</summary>
internal sealed class LoopbackEtcdCluster : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nomadic-bench-etcd-").FullName;
    private readonly List<Process> _processes = [];

    public LoopbackEtcdCluster()
    {
        var listeners = Enumerable.Range(0, 6).Select(static _ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        Array.ForEach(listeners, static l => l.Start());
        var ports = listeners.Select(static l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        Array.ForEach(listeners, static l => l.Stop());
        Endpoints = [.. ports.Take(3).Select(static p => $"http://127.0.0.1:{p}")];
        var cluster = string.Join(",", Enumerable.Range(0, 3).Select(i => $"m{i}=http://127.0.0.1:{ports[3 + i]}"));
        for (var i = 0; i < 3; i++)
        {
            var start = new ProcessStartInfo("/usr/bin/etcd") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[]
            {
                "--name", $"m{i}", "--data-dir", Path.Combine(_directory, $"m{i}"),
                "--listen-client-urls", Endpoints[i], "--advertise-client-urls", Endpoints[i],
                "--listen-peer-urls", $"http://127.0.0.1:{ports[3 + i]}", "--initial-advertise-peer-urls", $"http://127.0.0.1:{ports[3 + i]}",
                "--initial-cluster", cluster, "--initial-cluster-state", "new",
                "--logger", "zap", "--log-outputs", Path.Combine(_directory, $"m{i}.log"),
            })
            {
                start.ArgumentList.Add(argument);
            }

            var process = Process.Start(start)!;
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            _processes.Add(process);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        foreach (var endpoint in Endpoints)
        {
            while (!IsHealthy(http, endpoint))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"etcd at {endpoint} was not healthy within 30 s; see {_directory}");
                }

                Thread.Sleep(50);
            }
        }
    }

    public IReadOnlyList<string> Endpoints { get; }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            process.Kill();
            process.WaitForExit();
            process.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    private static bool IsHealthy(HttpClient http, string endpoint)
    {
        try
        {
            return http.GetStringAsync(endpoint + "/health").GetAwaiter().GetResult().Contains("\"health\":\"true\"", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
