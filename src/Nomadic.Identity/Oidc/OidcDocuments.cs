using System.Text;
using System.Text.Json;

namespace Nomadic.Identity;

/// <summary>The OIDC discovery document and the JWKS, byte for byte as Nomad 1.7 serves them.</summary>
public static class OidcDocuments
{
    /// <summary>The JWKS path, Nomad's <c>structs.JWKSPath</c>.</summary>
    public const string JwksPath = "/.well-known/jwks.json";

    /// <summary>The discovery document path.</summary>
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    /// <summary>The body Nomad answers with (status 404) when no issuer is configured.</summary>
    public const string DiscoveryDisabledMessage = "OIDC Discovery endpoint disabled";

    /// <summary>
    /// The discovery document of <c>structs.NewOIDCDiscoveryConfig</c>: <c>issuer</c>, <c>jwks_uri</c> (the issuer joined with
    /// <see cref="JwksPath"/> like Go's <c>url.JoinPath</c>), <c>id_token_signing_alg_values_supported</c> <c>["RS256","EdDSA"]</c>,
    /// <c>response_types_supported</c> <c>["code"]</c>, <c>subject_types_supported</c> <c>["public"]</c>.
    /// </summary>
    /// <param name="issuer">The configured issuer URL.</param>
    /// <returns>The JSON text.</returns>
    public static string Discovery(string issuer)
    {
        ArgumentException.ThrowIfNullOrEmpty(issuer);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("issuer", issuer);
            writer.WriteString("jwks_uri", JoinPath(issuer, JwksPath));
            WriteArray(writer, "id_token_signing_alg_values_supported", SigningAlgorithmNames.RS256, SigningAlgorithmNames.EdDsa);
            WriteArray(writer, "response_types_supported", "code");
            WriteArray(writer, "subject_types_supported", "public");
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The JWKS in go-jose's member order: <c>use</c>, <c>kty</c>, <c>kid</c>, <c>crv</c>, <c>alg</c>, <c>x</c>, <c>n</c>, <c>e</c>; public parameters only.</summary>
    /// <param name="keys">The published keys.</param>
    /// <returns>The JSON text <c>{"keys":[...]}</c>.</returns>
    public static string Jwks(IEnumerable<PublicJwk> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("keys");
            foreach (var key in keys)
            {
                writer.WriteStartObject();
                writer.WriteString("use", "sig");
                writer.WriteString("kty", key.Kty);
                writer.WriteString("kid", key.KeyId);
                if (key.Crv is { } crv)
                {
                    writer.WriteString("crv", crv);
                }

                writer.WriteString("alg", key.Alg);
                if (key.Algorithm == SigningAlgorithm.EdDsa)
                {
                    writer.WriteString("x", key.X);
                }
                else
                {
                    writer.WriteString("n", key.N);
                    writer.WriteString("e", key.E);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Joins a URL and a path the way Go's <c>url.JoinPath</c> does: exactly one slash between them.</summary>
    /// <param name="baseUrl">The base URL.</param>
    /// <param name="path">The path to append.</param>
    /// <returns>The joined URL.</returns>
    public static string JoinPath(string baseUrl, string path)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(path);
        return baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, params string[] values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
