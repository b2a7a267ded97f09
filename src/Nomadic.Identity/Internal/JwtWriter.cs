using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace Nomadic.Identity.Internal;

/// <summary>Writes the JWS compact serialization: the header and claims JSON exactly as go-jose v3 writes them, base64url, dots.</summary>
internal static class JwtWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The header: Go marshals it as a map, so its keys are sorted: <c>alg</c>, <c>kid</c>, <c>typ</c>.</summary>
    public static void WriteHeader(IBufferWriter<byte> output, string algorithm, string keyId)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        WriteHeader(writer, algorithm, keyId);
    }

    /// <summary>The base64url header segment of every token a key signs: the same bytes for every token, so computed once per key.</summary>
    public static byte[] HeaderSegment(string algorithm, string keyId)
    {
        var json = new ArrayBufferWriter<byte>(128);
        WriteHeader(json, algorithm, keyId);
        var segment = new byte[Base64Url.GetEncodedLength(json.WrittenCount)];
        Base64Url.EncodeToUtf8(json.WrittenSpan, segment);
        return segment;
    }

    /// <summary>The claims JSON, written with this thread's reusable writer; valid until the thread's next call.</summary>
    public static ReadOnlySpan<byte> WriteClaims(WorkloadIdentityClaims claims)
    {
        var scratch = JwtScratch.Take(Options);
        WriteClaims(scratch.Writer, claims);
        scratch.Writer.Flush();
        return scratch.WrittenSpan;
    }

    private static void WriteHeader(Utf8JsonWriter writer, string algorithm, string keyId)
    {
        writer.WriteStartObject();
        writer.WriteString("alg"u8, algorithm);
        writer.WriteString("kid"u8, keyId);
        writer.WriteString("typ"u8, "JWT"u8);
        writer.WriteEndObject();
    }

    /// <summary>The claims in <c>IdentityClaims</c> field order, with go-jose's embedded <c>jwt.Claims</c> (iss, sub, aud, exp, nbf, iat, jti) last.</summary>
    public static void WriteClaims(IBufferWriter<byte> output, WorkloadIdentityClaims claims)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        WriteClaims(writer, claims);
    }

    private static void WriteClaims(Utf8JsonWriter writer, WorkloadIdentityClaims claims)
    {
        writer.WriteStartObject();
        writer.WriteString(IdentityClaimNames.Namespace, claims.Namespace);
        writer.WriteString(IdentityClaimNames.JobId, claims.JobId);
        writer.WriteString(IdentityClaimNames.AllocationId, claims.AllocationId);
        WriteOptional(writer, IdentityClaimNames.Task, claims.Task);
        WriteOptional(writer, IdentityClaimNames.Service, claims.Service);
        WriteOptional(writer, IdentityClaimNames.ConsulNamespace, claims.ConsulNamespace);
        WriteOptional(writer, IdentityClaimNames.VaultNamespace, claims.VaultNamespace);
        WriteOptional(writer, IdentityClaimNames.VaultRole, claims.VaultRole);
        WriteOptional(writer, "iss", claims.Issuer);
        WriteOptional(writer, "sub", claims.Subject);
        if (claims.Audience.Count == 1)
        {
            writer.WriteString("aud"u8, claims.Audience[0]);
        }
        else if (claims.Audience.Count > 1)
        {
            writer.WriteStartArray("aud"u8);
                for (var i = 0; i < claims.Audience.Count; i++)
            {
                writer.WriteStringValue(claims.Audience[i]);
            }

            writer.WriteEndArray();
        }

        WriteOptional(writer, "exp", claims.Expiry);
        WriteOptional(writer, "nbf", claims.NotBefore);
        WriteOptional(writer, "iat", claims.IssuedAt);
        WriteOptional(writer, "jti", claims.TokenId);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            writer.WriteNumber(name, time.ToUnixTimeSeconds());
        }
    }
}
