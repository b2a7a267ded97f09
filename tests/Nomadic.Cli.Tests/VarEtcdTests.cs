using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Nomadic.Cli.Commands;
using Nomadic.Cli.Remote;
using Nomadic.Cli.Variables;

namespace Nomadic.Cli.Tests;

/// <summary>The var verbs with <c>--etcd</c>, against one real etcd member on loopback (skipped, with the reason, when etcd is not installed).</summary>
public sealed class VarEtcdTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("nomadic-etcd-cli-").FullName;
    private readonly CliEnvironment _environment = new(_ => null, TimeProvider.System);
    private Process? _etcd;
    private string _endpoint = string.Empty;

    public async Task InitializeAsync()
    {
        if (!File.Exists(EtcdFactAttribute.EtcdBinary))
        {
            return;
        }

        var client = FreePort();
        var peer = FreePort();
        _endpoint = $"http://127.0.0.1:{client}";
        var start = new ProcessStartInfo(EtcdFactAttribute.EtcdBinary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
        {
            "--name", "cli", "--data-dir", Path.Combine(_root, "etcd"),
            "--listen-client-urls", _endpoint, "--advertise-client-urls", _endpoint,
            "--listen-peer-urls", $"http://127.0.0.1:{peer}", "--initial-advertise-peer-urls", $"http://127.0.0.1:{peer}",
            "--initial-cluster", $"cli=http://127.0.0.1:{peer}",
        })
        {
            start.ArgumentList.Add(arg);
        }

        _etcd = Process.Start(start)!;
        _etcd.OutputDataReceived += (_, _) => { };
        _etcd.ErrorDataReceived += (_, _) => { };
        _etcd.BeginOutputReadLine();
        _etcd.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"{_endpoint}/health"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("etcd did not become healthy");
    }

    public Task DisposeAsync()
    {
        if (_etcd is { HasExited: false })
        {
            _etcd.Kill(entireProcessTree: true);
            _etcd.WaitForExit();
        }

        _etcd?.Dispose();
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [EtcdFact]
    public async Task Put_get_list_purge_and_lock_work_on_etcd()
    {
        await using var connection = VarConnection.Open(RemoteTarget.Resolve(null, null, null, _environment), _endpoint, TimeProvider.System);
        using var output = new StringWriter();

        Assert.Equal(0, await VarVerbs.PutAsync(connection, "app/db", ["user=admin"], null, false, "none", output));
        Assert.Equal(0, await VarVerbs.GetAsync(connection, "app/db", "user", "table", output));
        Assert.EndsWith("admin", output.ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<CliException>(() => VarVerbs.PutAsync(connection, "app/db", ["user=other"], null, false, "none", output));

        var file = Path.Combine(_root, "token");
        using var error = new StringWriter();
        var exit = await VarLockCommand.RunAsync(connection, new VarLockInput("locks/etcd", [$"echo $NOMAD_LOCK_FENCING_TOKEN > {file}; exit 5"], "10s", "0s", 0, true), _environment, error);
        Assert.Equal(5, exit);
        Assert.True(ulong.Parse((await File.ReadAllTextAsync(file)).Trim(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        Assert.Equal(0, await VarVerbs.PurgeAsync(connection, "app/db", null, output));
        using var list = new StringWriter();
        Assert.Equal(0, await VarVerbs.ListAsync(connection, "app", "table", list));
        Assert.Equal(VarVerbs.NoMatchesMessage, list.ToString().Trim());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
