using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Nomadic.Locks;
using Nomadic.Locks.Http;

namespace Nomadic.AspNetCore;

/// <summary>Reads a request's JSON variable body; malformed JSON or wrong field types become a 400.</summary>
internal static class VariableRequestBody
{
    /// <summary>The largest body read: four times the variable limit, leaving room for JSON escaping.</summary>
    private const long MaxBodyBytes = 4L * VariableRules.MaxSizeBytes;

    public static async Task<NomadVariableBody?> ReadAsync(HttpRequest request, bool required)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest,
                $"The request body is {request.ContentLength} bytes; variables are limited to 64 KiB of keys and values.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        if (buffer.Length > MaxBodyBytes)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest,
                "The request body is too large; variables are limited to 64 KiB of keys and values.");
        }

        if (buffer.Length == 0)
        {
            return required ? throw new NomadRequestException(StatusCodes.Status400BadRequest, "EOF: the request needs a JSON variable body") : null;
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = 16 });
            return NomadVariableJson.ReadBody(document.RootElement);
        }
        catch (JsonException exception)
        {
            throw new NomadRequestException(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {exception.Message}");
        }
    }
}
