using System.Collections.Concurrent;

namespace Nomadic.Identity.Internal;

/// <summary>
/// One imported public key per published JWK, found by <c>kid</c> so that a lookup compares a short string rather
/// than hashing the whole modulus; a JWK whose parameters changed under the same <c>kid</c> gets a new verifier.
/// </summary>
internal sealed class VerifierCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The verifier for <paramref name="jwk"/>, or <see langword="null"/> when its parameters are not a valid key.</summary>
    public PublicKeyVerifier? For(PublicJwk jwk)
    {
        if (_entries.TryGetValue(jwk.KeyId, out var entry) && (ReferenceEquals(entry.Jwk, jwk) || entry.Jwk == jwk))
        {
            return entry.Verifier;
        }

        entry = new Entry(jwk, PublicKeyVerifier.TryCreate(jwk));
        _entries[jwk.KeyId] = entry;
        return entry.Verifier;
    }

    private sealed record Entry(PublicJwk Jwk, PublicKeyVerifier? Verifier);
}
