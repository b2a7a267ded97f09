using System.Text.Json;

namespace Nomadic.Identity;

/// <summary>Reads a JWKS (ours or Nomad's) into <see cref="PublicJwk"/>s for a consumer-side <see cref="StaticPublicKeyProvider"/>.</summary>
public static class JsonWebKeySetReader
{
    /// <summary>Parses <c>{"keys":[...]}</c>. Keys that are not RS256/RSA or EdDSA/OKP Ed25519 signing keys are skipped; private parameters are ignored.</summary>
    /// <param name="json">The JWKS JSON text.</param>
    /// <returns>The signing keys it publishes.</returns>
    /// <exception cref="FormatException">The text is not a JWKS.</exception>
    public static IReadOnlyList<PublicJwk> Read(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("A JWKS is an object with a \"keys\" array.");
            }

            var result = new List<PublicJwk>();
            foreach (var key in keys.EnumerateArray())
            {
                if (ReadKey(key) is { } jwk)
                {
                    result.Add(jwk);
                }
            }

            return result;
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The JWKS is not valid JSON: {ex.Message}", ex);
        }
    }

    private static PublicJwk? ReadKey(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var kid = Text(key, "kid");
        var use = Text(key, "use");
        if (kid is null || (use is not null && use != "sig") || !SigningAlgorithmNames.TryParse(Text(key, "alg"), out var algorithm))
        {
            return null;
        }

        return algorithm switch
        {
            SigningAlgorithm.RS256 when Text(key, "kty") == "RSA" && Text(key, "n") is { } n && Text(key, "e") is { } e => new PublicJwk(kid, algorithm, n, e, null),
            SigningAlgorithm.EdDsa when Text(key, "kty") == "OKP" && Text(key, "crv") == "Ed25519" && Text(key, "x") is { } x => new PublicJwk(kid, algorithm, null, null, x),
            _ => null,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
