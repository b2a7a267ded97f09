using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Nomadic.Cli.Commands;
using Nomadic.Identity;
using Nomadic.Locks;

namespace Nomadic.Cli.Agent;

/// <summary>
/// Builds and starts the agent: one Kestrel server with the OIDC discovery document and JWKS, Nomad's variables API with locks,
/// Nomad's keyring API, and (when enabled) the Nomadic mint endpoint.
/// </summary>
internal static class AgentHost
{
    /// <param name="settings">The parsed options.</param>
    /// <param name="environment">Environment variables and the clock.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<RunningAgent> StartAsync(AgentSettings settings, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        if (!settings.Dev && settings.DataDir is null)
        {
            throw new CliException("the agent needs --data-dir DIR to keep its keyring and variables, or -dev to keep them in memory");
        }

        if (settings.OidcIssuer is { } issuer && !(Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) && issuerUri.Scheme is "http" or "https"))
        {
            throw new CliException($"--oidc-issuer '{issuer}' is not an absolute http(s) URL");
        }

        for (var attempt = 1; ; attempt++)
        {
            var endpoint = BindAddress.Resolve(settings.Bind);
            try
            {
                return await StartOnAsync(settings, environment, endpoint, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException) when (attempt < 5 && BindAddress.PicksFreePort(settings.Bind))
            {
                // Port 0 is resolved before Kestrel binds, so another process can take the port in between: pick another.
            }
        }
    }

    private static async Task<RunningAgent> StartOnAsync(AgentSettings settings, CliEnvironment environment, System.Net.IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var address = BindAddress.ToUrl(endpoint);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(endpoint));
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // The command line's own SIGINT/SIGTERM handling stops the agent; tests run several agents in one process.
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.AddSingleton(environment.Time);
        // Factories, not instances, so that the container disposes the stores when the agent stops.
        builder.Services.AddSingleton(_ => AgentStores.CreateKeyStore(settings, environment));
        builder.Services.AddSingleton(_ => AgentStores.CreateVariableStore(settings, environment));
        var oidcIssuer = settings.OidcIssuer ?? (settings.Dev ? address.ToString().TrimEnd('/') : null);
        builder.Services.AddNomadicIdentity(o => o.Issuer = oidcIssuer);

        var app = builder.Build();
        app.MapNomadicOidc();
        app.MapNomadicVariables();
        app.MapNomadicKeyring();
        app.Map(MintEndpoint.Path, (RequestDelegate)(context => MintEndpoint.HandleAsync(context, settings.MintEndpointEnabled)));

        try
        {
            // Open both stores now, so that a bad data directory or key fails the start rather than the first request.
            app.Services.GetRequiredService<IVariableStore>();
            await app.Services.GetRequiredService<Keyring>().MaintainAsync(cancellationToken).ConfigureAwait(false);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new RunningAgent(app, address);
    }

    /// <summary>A lifetime that leaves the process's signals alone.</summary>
    private sealed class QuietLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
