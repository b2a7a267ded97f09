using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Nomadic.Locks.Chaos.Tests.Fence;

/// <summary>The <see cref="FencedResource"/> served on Kestrel at 127.0.0.1, port 0, for the worker processes: 200 accepted, 409 stale.</summary>
public sealed class FenceServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FenceServer(WebApplication app, FencedResource resource)
    {
        _app = app;
        Resource = resource;
    }

    public FencedResource Resource { get; }

    public Uri Address => new(_app.Urls.First());

    public static async Task<FenceServer> StartAsync(TimeProvider time)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var resource = new FencedResource(time);
        app.MapPost("/begin", (ulong token, string worker) => Answer(resource.Begin(token, worker)));
        app.MapPost("/end", (ulong token, string worker) => Answer(resource.End(token, worker)));
        app.MapPost("/write", (ulong token, string worker, long value) => Answer(resource.Write(token, worker, value)));
        app.MapGet("/value", (ulong token) => resource.Read(token) is { } value
            ? Results.Text(value.ToString(CultureInfo.InvariantCulture))
            : Results.StatusCode(StatusCodes.Status409Conflict));
        await app.StartAsync();
        return new FenceServer(app, resource);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Answer(bool accepted) => accepted ? Results.Ok() : Results.StatusCode(StatusCodes.Status409Conflict);
}
