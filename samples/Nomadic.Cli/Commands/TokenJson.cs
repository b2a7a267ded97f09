using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Nomadic.Cli.Commands;

/// <summary>Prints a JWT's header and claims as indented JSON: <c>{"header": {...}, "claims": {...}}</c>. The signature is not printed.</summary>
internal static class TokenJson
{
    public static string Describe(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            throw new CliException("the token is not a JWS in compact form");
        }

        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("header");
            header.WriteTo(writer);
            writer.WritePropertyName("claims");
            claims.WriteTo(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
