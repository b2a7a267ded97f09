using System.Text;
using System.Text.Json;
using Nomadic.Identity.Internal;

namespace Nomadic.Identity.Tests;

/// <summary>The forward-only header reader answers exactly as a lookup in a parsed document does.</summary>
public sealed class JwtHeaderTests
{
    [Theory]
    [InlineData("{\"alg\":\"RS256\",\"kid\":\"k\",\"typ\":\"JWT\"}")]
    [InlineData("{\"typ\":\"JWT\"}")]
    [InlineData("{\"alg\":\"RS256\",\"alg\":\"EdDSA\",\"kid\":\"k\"}")]
    [InlineData("{\"alg\":1,\"alg\":\"RS256\",\"kid\":\"k\"}")]
    [InlineData("{\"alg\":\"RS256\",\"alg\":1,\"kid\":\"k\"}")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":null}")]
    [InlineData("{\"alg\":\"RS256\",\"kid\":{\"alg\":\"x\"},\"x\":[1,{\"kid\":2}]}")]
    [InlineData("{\"\\u0061lg\":\"RS\\u0032\\u00356\",\"kid\":\"k\"}")]
    [InlineData("{\"Alg\":\"RS256\",\"kid\":\"k\"}")]
    [InlineData("{\"alg\":\"RS256\"} x")]
    [InlineData("{\"alg\":\"RS256\"}  ")]
    [InlineData("{\"alg\":\"RS256\",}")]
    [InlineData("{\"alg\":\"RS256\"")]
    [InlineData("[\"alg\"]")]
    [InlineData("\"alg\"")]
    [InlineData("")]
    [InlineData("{}")]
    public void Reads_like_a_parsed_document(string json)
    {
        Assert.Equal(Reference(json), JwtHeader.TryParse(Encoding.UTF8.GetBytes(json)));
    }

    private static JwtHeader? Reference(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? alg = null, kid = null;
            if (root.TryGetProperty("alg", out var a))
            {
                if (a.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                alg = a.GetString();
            }

            if (root.TryGetProperty("kid", out var k))
            {
                if (k.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                kid = k.GetString();
            }

            return new JwtHeader(alg, kid);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
