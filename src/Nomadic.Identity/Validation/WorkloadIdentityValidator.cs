using Nomadic.Identity.Internal;

namespace Nomadic.Identity;

/// <summary>Validates workload identity tokens against published keys; every rejection comes with its reason.</summary>
public sealed class WorkloadIdentityValidator
{
    private readonly IPublicKeyProvider _keys;
    private readonly TimeProvider _time;
    private readonly VerifierCache _verifiers = new();

    /// <summary>Creates the validator.</summary>
    /// <param name="keys">The published keys (the keyring, or a JWKS read with <see cref="JsonWebKeySetReader"/>).</param>
    /// <param name="timeProvider">The clock for <c>exp</c> and <c>nbf</c>.</param>
    public WorkloadIdentityValidator(IPublicKeyProvider keys, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _keys = keys;
        _time = timeProvider;
    }

    /// <summary>Validates <paramref name="token"/>: structure, <c>alg</c>, <c>kid</c>, signature, then <c>exp</c>, <c>nbf</c>, <c>aud</c> and <c>iss</c>.</summary>
    /// <param name="token">The JWT in compact serialization.</param>
    /// <param name="options">What to accept; default <see cref="TokenValidationOptions"/>'s defaults.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The claims, or the rejection with its reason.</returns>
    public async ValueTask<TokenValidationResult> ValidateAsync(string token, TokenValidationOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new TokenValidationOptions();
        if (string.IsNullOrEmpty(token))
        {
            return TokenValidationResult.Rejected(TokenRejection.Malformed, "The token is empty.");
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first < 0 || second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            return TokenValidationResult.Rejected(TokenRejection.Malformed, "A JWS compact token has exactly three dot-separated parts.");
        }

        using var parts = TokenParts.TryDecode(token, first, second);
        if (parts is null)
        {
            return TokenValidationResult.Rejected(TokenRejection.BadBase64, "A token part is not valid base64url.");
        }

        var header = JwtHeader.TryParse(parts.Header);
        if (header is null)
        {
            return TokenValidationResult.Rejected(TokenRejection.BadJson, "The header is not a JSON object with string \"alg\" and \"kid\".");
        }

        if (string.Equals(header.Algorithm, "none", StringComparison.OrdinalIgnoreCase))
        {
            return TokenValidationResult.Rejected(TokenRejection.AlgorithmNone, "Unsigned tokens (alg \"none\") are never accepted.");
        }

        if (!SigningAlgorithmNames.TryParse(header.Algorithm, out var algorithm) || !options.AllowedAlgorithms.Contains(algorithm))
        {
            return TokenValidationResult.Rejected(TokenRejection.AlgorithmNotAllowed, $"Algorithm \"{header.Algorithm}\" is not allowed; accepted: {string.Join(", ", options.AllowedAlgorithms.Select(a => a.ToJoseName()))}.");
        }

        if (string.IsNullOrEmpty(header.KeyId))
        {
            return TokenValidationResult.Rejected(TokenRejection.MissingKeyId, "The header has no \"kid\", so no published key can be chosen.");
        }

        var keys = await _keys.GetPublicKeysAsync(cancellationToken).ConfigureAwait(false);
        var key = FindKey(keys, header.KeyId);
        if (key is null)
        {
            return TokenValidationResult.Rejected(TokenRejection.UnknownKeyId, $"No published key has kid \"{header.KeyId}\".");
        }

        if (key.Algorithm != algorithm)
        {
            return TokenValidationResult.Rejected(TokenRejection.AlgorithmKeyMismatch, $"Key \"{key.KeyId}\" is a {key.Alg} key but the token says \"{header.Algorithm}\".");
        }

        var verifier = _verifiers.For(key);
        if (verifier is null || !verifier.Verify(parts.SigningInput, parts.Signature))
        {
            return TokenValidationResult.Rejected(TokenRejection.InvalidSignature, $"The signature does not verify with key \"{key.KeyId}\".");
        }

        var claims = ClaimsReader.TryRead(parts.Payload);
        return claims is null
            ? TokenValidationResult.Rejected(TokenRejection.BadJson, "The payload is not a JSON object with well-typed registered claims.")
            : CheckClaims(claims, key.KeyId, options);
    }

    private static bool AnyAudienceMatches(IReadOnlyList<string> audiences, IReadOnlyList<string> valid)
    {
        for (var i = 0; i < audiences.Count; i++)
        {
            for (var j = 0; j < valid.Count; j++)
            {
                if (string.Equals(audiences[i], valid[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static PublicJwk? FindKey(IReadOnlyList<PublicJwk> keys, string keyId)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (string.Equals(keys[i].KeyId, keyId, StringComparison.Ordinal))
            {
                return keys[i];
            }
        }

        return null;
    }

    private TokenValidationResult CheckClaims(WorkloadIdentityClaims claims, string keyId, TokenValidationOptions options)
    {
        var now = _time.GetUtcNow();
        if (claims.Expiry is { } exp && now > exp + options.ClockSkew)
        {
            return TokenValidationResult.Rejected(TokenRejection.Expired, $"The token expired at {exp:O}.");
        }

        if (claims.Expiry is null && options.RequireExpiry)
        {
            return TokenValidationResult.Rejected(TokenRejection.MissingExpiry, "The token has no \"exp\" and this validator requires one.");
        }

        if (claims.NotBefore is { } nbf && now + options.ClockSkew < nbf)
        {
            return TokenValidationResult.Rejected(TokenRejection.NotYetValid, $"The token is not valid before {nbf:O}.");
        }

        if (options.ValidAudiences.Count > 0 && !AnyAudienceMatches(claims.Audience, options.ValidAudiences))
        {
            return TokenValidationResult.Rejected(TokenRejection.AudienceMismatch, $"Audience [{string.Join(", ", claims.Audience)}] does not include any of [{string.Join(", ", options.ValidAudiences)}].");
        }

        if (options.ValidIssuer is { } issuer && claims.Issuer != issuer)
        {
            return TokenValidationResult.Rejected(TokenRejection.IssuerMismatch, $"Issuer \"{claims.Issuer}\" is not \"{issuer}\".");
        }

        return TokenValidationResult.Valid(claims, keyId);
    }
}
