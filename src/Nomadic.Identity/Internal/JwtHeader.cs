using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>The JOSE header fields a validator needs.</summary>
internal sealed record JwtHeader(string? Algorithm, string? KeyId)
{
    /// <summary>
    /// Reads <c>alg</c> and <c>kid</c> with a forward-only reader (every token is validated, so this is on the hot path).
    /// Same answers as looking them up in a parsed document: the JSON must be one well-formed object; when a name
    /// repeats, its last value counts; a counted <c>alg</c> or <c>kid</c> that is not a string makes the header invalid.
    /// </summary>
    public static JwtHeader? TryParse(ReadOnlyMemory<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json.Span);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            Field alg = default, kid = default;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isAlg = reader.ValueTextEquals("alg"u8);
                var isKid = !isAlg && reader.ValueTextEquals("kid"u8);
                reader.Read();
                if (isAlg || isKid)
                {
                    var field = reader.TokenType == JsonTokenType.String ? new Field(true, true, reader.GetString()) : new Field(true, false, null);
                    if (isAlg)
                    {
                        alg = field;
                    }
                    else
                    {
                        kid = field;
                    }
                }

                reader.Skip();
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return null;
            }

            return (alg.Present && !alg.IsString) || (kid.Present && !kid.IsString) ? null : new JwtHeader(alg.Value, kid.Value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private readonly record struct Field(bool Present, bool IsString, string? Value);
}
