using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Nomadic.Identity;

namespace Nomadic.AspNetCore;

/// <summary>
/// The request delegates of the OIDC discovery document and the JWKS, following Nomad's <c>command/agent/keyring_endpoint.go</c>:
/// GET only (405 <c>Invalid method</c> otherwise), JSON with <c>Content-Type: application/json</c>, errors as plain text.
/// </summary>
internal static class OidcEndpoints
{
    /// <summary>Nomad's <c>ErrInvalidMethod</c>.</summary>
    public const string InvalidMethodMessage = "Invalid method";

    private const string JsonContentType = "application/json";

    public static async Task HandleDiscoveryAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await TextAsync(context.Response, StatusCodes.Status405MethodNotAllowed, InvalidMethodMessage).ConfigureAwait(false);
            return;
        }

        var options = context.RequestServices.GetRequiredService<IOptions<NomadicIdentityOptions>>().Value;
        if (string.IsNullOrEmpty(options.Issuer))
        {
            await TextAsync(context.Response, StatusCodes.Status404NotFound, OidcDocuments.DiscoveryDisabledMessage).ConfigureAwait(false);
            return;
        }

        await JsonAsync(context.Response, OidcDocuments.Discovery(options.Issuer)).ConfigureAwait(false);
    }

    public static async Task HandleJwksAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await TextAsync(context.Response, StatusCodes.Status405MethodNotAllowed, InvalidMethodMessage).ConfigureAwait(false);
            return;
        }

        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<NomadicIdentityOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var keyring = services.GetRequiredService<Keyring>();
        var keys = await keyring.ListAsync(context.RequestAborted).ConfigureAwait(false);

        // The stagger only spreads cache refreshes; it protects nothing, so a shared non-cryptographic source is right.
#pragma warning disable CA5394
        var maxAge = JwksCacheControl.MaxAge(keys, options.RotationPeriod, time.GetUtcNow(), Random.Shared);
#pragma warning restore CA5394
        if (maxAge is { } age)
        {
            context.Response.Headers[HeaderNames.CacheControl] = JwksCacheControl.HeaderValue(age);
        }

        await JsonAsync(context.Response, OidcDocuments.Jwks(keys.Where(k => k.IsPublished).Select(k => k.PublicKey))).ConfigureAwait(false);
    }

    private static Task JsonAsync(HttpResponse response, string json)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        return response.WriteAsync(json, response.HttpContext.RequestAborted);
    }

    private static Task TextAsync(HttpResponse response, int statusCode, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(message, response.HttpContext.RequestAborted);
    }
}
