using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.Benchmarks;

/// <summary>
/// Uncontended acquire and release through Nomad's HTTP API, as <c>nomadic agent --data-dir</c> serves it:
/// <c>MapNomadicVariables()</c> on Kestrel at 127.0.0.1 over a SQLite store on a temp file, in this process, called by
/// <see cref="NomadHttpVariableStore"/> (the acquisition and the release: two round trips, the server keeping the items).
/// The baseline is the in-memory store called directly.
/// </summary>
[MemoryDiagnoser]
public class AgentLockBenchmarks
{
    private const string LockPath = "bench/agent-lock";
    private static readonly VariableLockRequest RequestWithItems = new() { Items = new Dictionary<string, string> { ["owner"] = "bench" } };
    private string _directory = "";
    private WebApplication _agent = null!;
    private HttpClient _http = null!;
    private HttpClient _nomadLikeHttp = null!;
    private NomadHttpVariableStore _overHttp = null!;
    private NomadHttpVariableStore _nomadLikeOverHttp = null!;
    private InMemoryVariableStore _memory = null!;

    /// <summary>Starts the server and the client.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("nomadic-bench-agent-").FullName;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddNomadicLocksSqlite(Path.Combine(_directory, "variables.db"));
        _agent = builder.Build();
        _agent.MapNomadicVariables();
        _agent.StartAsync().GetAwaiter().GetResult();
        _http = new HttpClient();
        _nomadLikeHttp = new HttpClient(new ActLikeNomadHandler());
        var options = Options.Create(new NomadHttpVariableStoreOptions { Address = new Uri(_agent.Urls.First()), UseEnvironment = false });
        _overHttp = new NomadHttpVariableStore(_http, options);
        _nomadLikeOverHttp = new NomadHttpVariableStore(_nomadLikeHttp, options);
        _memory = new InMemoryVariableStore();
    }

    /// <summary>Stops the server and deletes its file.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _nomadLikeHttp.Dispose();
        _memory.Dispose();
        _agent.StopAsync().GetAwaiter().GetResult();
        _agent.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Acquire then release on the in-memory store, in process.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark(Baseline = true)]
    public async Task<ulong> InMemory() => await LockRoundTrip.AcquireReleaseAsync(_memory, LockPath);

    /// <summary>Acquire then release through the agent's HTTP API on loopback.</summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> AgentOverHttp() => await LockRoundTrip.AcquireReleaseAsync(_overHttp, LockPath);

    /// <summary>
    /// The same with the agent's header removed, so the client acts as against real Nomad: it reads the items before
    /// each acquisition (three round trips; what every acquisition without items cost before the header existed).
    /// </summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> AgentOverHttpReadingItems() => await LockRoundTrip.AcquireReleaseAsync(_nomadLikeOverHttp, LockPath);

    /// <summary>
    /// The same with the items in the request, as Nomad's own clients send them (two round trips; the request body
    /// carries the items).
    /// </summary>
    /// <returns>The fencing token.</returns>
    [Benchmark]
    public async Task<ulong> AgentOverHttpWithItems() => await LockRoundTrip.AcquireReleaseAsync(_overHttp, LockPath, RequestWithItems);
}
