using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.AspNetCore;
using Nomadic.Identity;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps Nomad's keyring operator API onto an ASP.NET Core app.
/// </summary>
public static class NomadicKeyringEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <c>GET /v1/operator/keyring/keys</c> (a JSON array of Nomad's <c>RootKeyMeta</c>: <c>KeyID</c>, <c>Algorithm</c>,
    /// <c>CreateTime</c> in Unix nanoseconds, <c>CreateIndex</c>, <c>ModifyIndex</c>, <c>State</c>) and
    /// <c>PUT|POST /v1/operator/keyring/rotate</c> (<c>{"Key": RootKeyMeta, "Index": 0}</c>). Rotation pre-publishes the new key
    /// for <see cref="NomadicIdentityOptions.PrepublicationPeriod"/>; the query parameter <c>now</c> (a Nomadic extension)
    /// makes it sign at once, as Nomad 1.7 does. Other methods get 405 <c>Invalid method</c>. The endpoints carry no
    /// authorization of their own: add it with the returned builder. Register the keyring first with
    /// <c>services.AddNomadicIdentity()</c>.
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <returns>A builder for conventions (authorization, rate limits, ...) on both endpoints.</returns>
    /// <exception cref="InvalidOperationException"><c>AddNomadicIdentity()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapNomadicKeyring(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<Keyring>() is null)
        {
            throw new InvalidOperationException("MapNomadicKeyring needs the identity services: call services.AddNomadicIdentity() first.");
        }

        var group = endpoints.MapGroup("/v1/operator/keyring");
        group.Map("/keys", (RequestDelegate)KeyringEndpoints.HandleListAsync);
        group.Map("/rotate", (RequestDelegate)KeyringEndpoints.HandleRotateAsync);
        return group;
    }
}
