using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore;

/// <summary>Writes Nomad's responses: JSON variables and lists, plain-text errors, and the <c>X-Nomad-*</c> headers.</summary>
internal static class VariableResponses
{
    public static void SetMeta(HttpResponse response, ulong? index)
    {
        if (index is { } value)
        {
            response.Headers[NomadHeaders.Index] = value.ToString(CultureInfo.InvariantCulture);
        }

        response.Headers[NomadHeaders.KnownLeader] = "true";
        response.Headers[NomadHeaders.LastContact] = "0";
    }

    public static Task VariableAsync(HttpResponse response, int statusCode, Variable variable) =>
        JsonAsync(response, statusCode, writer => NomadVariableJson.WriteVariable(writer, variable));

    public static Task ConflictAsync(HttpResponse response, Variable? current, string @namespace, string path)
    {
        SetMeta(response, current?.ModifyIndex ?? 0);
        return current is null
            ? JsonAsync(response, StatusCodes.Status409Conflict, writer => NomadVariableJson.WriteEmptyConflict(writer, @namespace, path))
            : VariableAsync(response, StatusCodes.Status409Conflict, current);
    }

    public static Task ListAsync(HttpResponse response, IReadOnlyList<VariableMetadata> list) =>
        JsonAsync(response, StatusCodes.Status200OK, writer =>
        {
            writer.WriteStartArray();
            foreach (var metadata in list)
            {
                NomadVariableJson.WriteMetadata(writer, metadata);
            }

            writer.WriteEndArray();
        });

    public static Task TextAsync(HttpResponse response, int statusCode, string message)
    {
        response.StatusCode = statusCode;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(message, response.HttpContext.RequestAborted);
    }

    private static async Task JsonAsync(HttpResponse response, int statusCode, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), response.HttpContext.RequestAborted).ConfigureAwait(false);
    }
}
