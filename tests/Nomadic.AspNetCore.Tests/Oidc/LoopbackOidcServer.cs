using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Nomadic.Identity;

namespace Nomadic.AspNetCore.Tests;

/// <summary>
/// Kestrel on 127.0.0.1 serving <c>MapNomadicOidc()</c> with <c>AddNomadicIdentity()</c>, on a fake clock. With an issuer,
/// the issuer is the server's own URL, so the port is chosen before the host starts (options are validated at start).
/// </summary>
public sealed class LoopbackOidcServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackOidcServer(WebApplication app, Uri address, FakeTimeProvider time)
    {
        _app = app;
        Address = address;
        Time = time;
        HttpClient = new HttpClient { BaseAddress = address };
    }

    /// <summary>The server's base URL, <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The issuer URL (the address without the trailing slash).</summary>
    public string Issuer => Address.ToString().TrimEnd('/');

    /// <summary>The server's clock.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>A raw client of the server.</summary>
    public HttpClient HttpClient { get; }

    public Keyring Keyring => _app.Services.GetRequiredService<Keyring>();

    public WorkloadIdentityIssuer TokenIssuer => _app.Services.GetRequiredService<WorkloadIdentityIssuer>();

    /// <summary>Starts a server whose clock starts at <paramref name="start"/>.</summary>
    public static async Task<LoopbackOidcServer> StartAsync(DateTimeOffset start, bool withIssuer = true, Action<NomadicIdentityOptions>? configure = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                return await StartOnAsync(port, start, withIssuer, configure);
            }
            catch (IOException) when (attempt < 5)
            {
                // Another process took the port between the probe and the bind: try another.
            }
        }
    }

    public static WorkloadIdentityRequest Request(string audience = "nomadic-tests", TimeSpan? ttl = null) => new()
    {
        JobId = "web",
        Group = "frontend",
        Task = "server",
        IdentityName = "example",
        AllocationId = "5b3d9ae0-1a2b-4c3d-8e9f-0123456789ab",
        Audience = [audience],
        Ttl = ttl ?? TimeSpan.FromHours(4),
    };

    public async ValueTask DisposeAsync()
    {
        HttpClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static async Task<LoopbackOidcServer> StartOnAsync(int port, DateTimeOffset start, bool withIssuer, Action<NomadicIdentityOptions>? configure)
    {
        var address = new Uri($"http://127.0.0.1:{port}/");
        var time = new FakeTimeProvider(start);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        builder.Services.AddNomadicIdentity(o =>
        {
            o.Issuer = withIssuer ? address.ToString().TrimEnd('/') : null;
            configure?.Invoke(o);
        });
        var app = builder.Build();
        app.MapNomadicOidc();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var server = new LoopbackOidcServer(app, address, time);
        await server.Keyring.MaintainAsync();
        return server;
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
