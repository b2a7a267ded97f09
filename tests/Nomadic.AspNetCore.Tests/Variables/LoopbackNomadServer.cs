using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// Kestrel on 127.0.0.1 with a random port serving <c>MapNomadicVariables()</c> over an in-memory store that runs on
/// the test's clock, plus a <see cref="NomadHttpVariableStore"/> pointed at it.
/// </summary>
public sealed class LoopbackNomadServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackNomadServer(WebApplication app, Uri address, InMemoryVariableStore backing)
    {
        _app = app;
        Address = address;
        Backing = backing;
        HttpClient = new HttpClient { BaseAddress = address };
        Store = new NomadHttpVariableStore(HttpClient, Options.Create(new NomadHttpVariableStoreOptions { Address = address, UseEnvironment = false }));
    }

    public Uri Address { get; }

    /// <summary>The server's store.</summary>
    public InMemoryVariableStore Backing { get; }

    /// <summary>A raw client of the server.</summary>
    public HttpClient HttpClient { get; }

    /// <summary>The HTTP store under test.</summary>
    public NomadHttpVariableStore Store { get; }

    public static LoopbackNomadServer Start(TimeProvider storeClock, Action<NomadicVariablesOptions>? configure = null) =>
        StartAsync(storeClock, configure).GetAwaiter().GetResult();

    public static async Task<LoopbackNomadServer> StartAsync(TimeProvider storeClock, Action<NomadicVariablesOptions>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var backing = new InMemoryVariableStore(storeClock);
        builder.Services.AddSingleton<IVariableStore>(backing);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        app.MapNomadicVariables(configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackNomadServer(app, new Uri(address + "/"), backing);
    }

    public async ValueTask DisposeAsync()
    {
        HttpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Backing.Dispose();
    }
}
