using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Nomadic.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps Nomad's variables HTTP API onto an ASP.NET Core app.
/// </summary>
public static class NomadicVariablesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves Nomad 1.7's variables API over the registered <see cref="Nomadic.Locks.IVariableStore"/>:
    /// <c>GET/PUT/POST/DELETE /v1/var/{path}</c> (with <c>namespace</c>, <c>cas</c>, <c>lock-acquire</c>,
    /// <c>lock-renew</c>, <c>lock-release</c> and blocking <c>index</c>/<c>wait</c>) and <c>GET /v1/vars</c>
    /// (<c>prefix</c>, <c>namespace</c>, <c>*</c> for all namespaces, blocking queries), with Nomad's JSON, headers and
    /// status codes. Register a store first, for example with <c>services.AddNomadicLocks()</c>.
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <param name="configure">Configures authorization and blocking-query waits; may be <see langword="null"/>.</param>
    /// <returns>A builder for conventions (authorization policies, rate limits, ...) on all the mapped endpoints.</returns>
    public static IEndpointConventionBuilder MapNomadicVariables(this IEndpointRouteBuilder endpoints, Action<NomadicVariablesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = new NomadicVariablesOptions();
        configure?.Invoke(options);
        if (options.DefaultWait <= TimeSpan.Zero || options.MaxWait <= TimeSpan.Zero)
        {
            throw new ArgumentException("DefaultWait and MaxWait must be positive.", nameof(configure));
        }

        var handlers = new VariableEndpoints(options);
        var group = endpoints.MapGroup("/v1");
        group.MapGet("/vars", (RequestDelegate)handlers.HandleListAsync);
        group.Map("/var", (RequestDelegate)handlers.HandleVariableAsync);
        group.Map("/var/{**path}", (RequestDelegate)handlers.HandleVariableAsync);
        return group;
    }
}
