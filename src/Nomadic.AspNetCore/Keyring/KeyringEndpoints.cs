using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Nomadic.Identity;

namespace Nomadic.AspNetCore;

/// <summary>
/// The request delegates of Nomad's keyring API (<c>command/agent/keyring_endpoint.go</c>): <c>GET /v1/operator/keyring/keys</c>
/// lists <c>RootKeyMeta</c> objects, <c>PUT|POST /v1/operator/keyring/rotate</c> answers <c>{"Key": RootKeyMeta, "Index": n}</c>.
/// </summary>
internal static class KeyringEndpoints
{
    private const string JsonContentType = "application/json";

    public static async Task HandleListAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await TextAsync(context.Response, StatusCodes.Status405MethodNotAllowed, OidcEndpoints.InvalidMethodMessage).ConfigureAwait(false);
            return;
        }

        var keyring = context.RequestServices.GetRequiredService<Keyring>();
        var keys = await keyring.ListAsync(context.RequestAborted).ConfigureAwait(false);
        await JsonAsync(context.Response, writer =>
        {
            writer.WriteStartArray();
            foreach (var key in keys.OrderBy(k => k.CreateTime))
            {
                RootKeyMetaJson.Write(writer, key);
            }

            writer.WriteEndArray();
        }).ConfigureAwait(false);
    }

    public static async Task HandleRotateAsync(HttpContext context)
    {
        if (!HttpMethods.IsPut(context.Request.Method) && !HttpMethods.IsPost(context.Request.Method))
        {
            await TextAsync(context.Response, StatusCodes.Status405MethodNotAllowed, OidcEndpoints.InvalidMethodMessage).ConfigureAwait(false);
            return;
        }

        // Nomadic pre-publishes a new key by default; "now" (a Nomadic extension) activates it at once, as Nomad 1.7 does.
        var immediately = context.Request.Query.TryGetValue("now", out var now) && !string.Equals(now.ToString(), "false", StringComparison.OrdinalIgnoreCase);
        var keyring = context.RequestServices.GetRequiredService<Keyring>();
        var key = await keyring.RotateAsync(immediately, context.RequestAborted).ConfigureAwait(false);
        await JsonAsync(context.Response, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("Key");
            RootKeyMetaJson.Write(writer, key);
            writer.WriteNumber("Index", 0);
            writer.WriteEndObject();
        }).ConfigureAwait(false);
    }

    private static Task JsonAsync(HttpResponse response, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        return response.Body.WriteAsync(buffer.ToArray(), response.HttpContext.RequestAborted).AsTask();
    }

    private static Task TextAsync(HttpResponse response, int statusCode, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(message, Encoding.UTF8, response.HttpContext.RequestAborted);
    }
}
