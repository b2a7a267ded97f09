using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>The JOSE header fields a validator needs.</summary>
internal sealed record JwtHeader(string? Algorithm, string? KeyId)
{
    public static JwtHeader? TryParse(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? alg = null;
            string? kid = null;
            if (root.TryGetProperty("alg", out var algElement))
            {
                if (algElement.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                alg = algElement.GetString();
            }

            if (root.TryGetProperty("kid", out var kidElement))
            {
                if (kidElement.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                kid = kidElement.GetString();
            }

            return new JwtHeader(alg, kid);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
