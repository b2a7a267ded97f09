using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.AspNetCore;
using Nomadic.Identity;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps Nomad's OIDC discovery and JWKS endpoints onto an ASP.NET Core app.
/// </summary>
public static class NomadicOidcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <c>GET /.well-known/openid-configuration</c> and <c>GET /.well-known/jwks.json</c> as Nomad 1.7's agent does:
    /// <c>application/json</c> bodies from <see cref="OidcDocuments"/>, the JWKS with <c>Cache-Control: max-age</c> computed by
    /// <see cref="JwksCacheControl"/>, 404 <c>OIDC Discovery endpoint disabled</c> when <see cref="NomadicIdentityOptions.Issuer"/>
    /// is not set, and 405 <c>Invalid method</c> for any other method. No token is required. Register the keyring first with
    /// <c>services.AddNomadicIdentity()</c>.
    /// </summary>
    /// <param name="endpoints">The app or route group.</param>
    /// <returns>A builder for conventions (CORS, rate limits, ...) on both endpoints.</returns>
    /// <exception cref="InvalidOperationException"><c>AddNomadicIdentity()</c> was not called.</exception>
    public static IEndpointConventionBuilder MapNomadicOidc(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<Keyring>() is null)
        {
            throw new InvalidOperationException("MapNomadicOidc needs the identity services: call services.AddNomadicIdentity() first.");
        }

        var group = endpoints.MapGroup(string.Empty);
        group.Map(OidcDocuments.DiscoveryPath, (RequestDelegate)OidcEndpoints.HandleDiscoveryAsync);
        group.Map(OidcDocuments.JwksPath, (RequestDelegate)OidcEndpoints.HandleJwksAsync);
        return group;
    }
}
