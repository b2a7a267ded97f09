using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>
/// Consul's <c>jwt</c> auth method from its docs: the JWKS is fetched from <c>JWKSURL</c> and the signature verified with the
/// <c>JWTSupportedAlgs</c> allow-list, then <c>BoundAudiences</c>, expiry and not-before (with Consul's default leeways), and
/// <c>ClaimMappings</c> turn claims into the <c>value.*</c> fields binding rule selectors and bind names see.
/// </summary>
internal static class JwtLogin
{
    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(150);

    /// <summary>The mapped claims, or the reason the token is refused.</summary>
    public static async Task<(IReadOnlyDictionary<string, string>? Value, string? Error)> VerifyAsync(JsonObject config, string jwt, HttpClient jwks, TimeProvider time, CancellationToken cancellationToken)
    {
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(jwt);
        }
        catch (ArgumentException)
        {
            return (null, "Failed to authenticate bearer token: malformed token");
        }

        var algorithms = config["JWTSupportedAlgs"] is JsonArray algs ? algs.Select(a => a!.GetValue<string>()).ToArray() : ["RS256"];
        if (!algorithms.Contains(token.Alg))
        {
            return (null, $"Failed to authenticate bearer token: token algorithm \"{token.Alg}\" is not in JWTSupportedAlgs");
        }

        if (config["JWKSURL"]?.GetValue<string>() is not { } url || await Jwks.GetAsync(jwks, url, cancellationToken) is not { } keys)
        {
            return (null, "Failed to authenticate bearer token: error fetching JWKS");
        }

        if (!await Jwks.VerifySignatureAsync(jwt, keys, algorithms))
        {
            return (null, "Failed to authenticate bearer token: failed to verify signature");
        }

        var now = time.GetUtcNow();
        if (token.TryGetPayloadValue<long>("exp", out var exp) && DateTimeOffset.FromUnixTimeSeconds(exp) + Leeway < now)
        {
            return (null, "Failed to authenticate bearer token: token is expired");
        }

        if (token.TryGetPayloadValue<long>("nbf", out var nbf) && DateTimeOffset.FromUnixTimeSeconds(nbf) - Leeway > now)
        {
            return (null, "Failed to authenticate bearer token: token is not yet valid");
        }

        var bound = config["BoundAudiences"] is JsonArray b ? b.Select(x => x!.GetValue<string>()).ToArray() : [];
        if (bound.Length > 0 && !token.Audiences.Any(bound.Contains))
        {
            return (null, "Failed to authenticate bearer token: invalid audience claim");
        }

        using var claims = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        var value = new Dictionary<string, string>(StringComparer.Ordinal);
        if (config["ClaimMappings"] is JsonObject mappings)
        {
            foreach (var (claim, target) in mappings)
            {
                if (claims.RootElement.TryGetProperty(claim, out var v) && v.ValueKind == JsonValueKind.String)
                {
                    value[target!.GetValue<string>()] = v.GetString()!;
                }
            }
        }

        return (value, null);
    }
}
