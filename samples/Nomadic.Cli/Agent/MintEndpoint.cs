using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.Cli.Commands;
using Nomadic.Identity;

namespace Nomadic.Cli.Agent;

/// <summary>
/// <c>POST /v1/nomadic/identity/mint</c>: signs a workload identity with the agent's active key and answers
/// <c>{"Token": "...", "KeyID": "..."}</c>. Nomad has no such endpoint (its servers sign identities at plan time); it exists for
/// <c>nomadic identity mint --addr</c>. Off unless the agent runs with <c>-dev</c> or <c>--enable-mint-endpoint</c>, and always
/// refused (403) to clients that are not on a loopback address, because there is no ACL system yet to protect it.
/// </summary>
internal static class MintEndpoint
{
    public const string Path = "/v1/nomadic/identity/mint";
    public const string DisabledMessage = "the mint endpoint is disabled: start the agent with -dev or --enable-mint-endpoint";

    public static async Task HandleAsync(HttpContext context, bool enabled)
    {
        if (!HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsPut(context.Request.Method))
        {
            await TextAsync(context.Response, StatusCodes.Status405MethodNotAllowed, "Invalid method").ConfigureAwait(false);
            return;
        }

        if (!enabled)
        {
            await TextAsync(context.Response, StatusCodes.Status404NotFound, DisabledMessage).ConfigureAwait(false);
            return;
        }

        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            await TextAsync(context.Response, StatusCodes.Status403Forbidden, "the mint endpoint only answers loopback clients").ConfigureAwait(false);
            return;
        }

        WorkloadIdentityRequest request;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
            request = MintRequestJson.Read(body.RootElement, out _);
        }
        catch (Exception ex) when (ex is JsonException or CliException)
        {
            await TextAsync(context.Response, StatusCodes.Status400BadRequest, ex is CliException ? ex.Message : "the body is not valid JSON").ConfigureAwait(false);
            return;
        }

        var services = context.RequestServices;
        SignedIdentity signed;
        try
        {
            signed = await services.GetRequiredService<WorkloadIdentityIssuer>().MintAsync(request, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            await TextAsync(context.Response, StatusCodes.Status400BadRequest, ex.Message).ConfigureAwait(false);
            return;
        }

        // Persist the token's expiry so that its key stays published until the token has expired, across restarts too.
        await services.GetRequiredService<Keyring>().MaintainAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("Token", signed.Token);
        writer.WriteString("KeyID", signed.KeyId);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task TextAsync(HttpResponse response, int statusCode, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(message, response.HttpContext.RequestAborted);
    }
}
