namespace Nomadic.Identity;

/// <summary>
/// The public half of a signing key as a JSON Web Key. It has no private parameter by construction:
/// RSA keys carry <see cref="N"/> and <see cref="E"/>, Ed25519 keys <see cref="Crv"/> and <see cref="X"/>.
/// </summary>
/// <param name="KeyId">The <c>kid</c>: the key's UUID, as Nomad uses the root key's ID.</param>
/// <param name="Algorithm">The algorithm the key signs with.</param>
/// <param name="N">The base64url RSA modulus; <see langword="null"/> for Ed25519.</param>
/// <param name="E">The base64url RSA public exponent; <see langword="null"/> for Ed25519.</param>
/// <param name="X">The base64url Ed25519 public key; <see langword="null"/> for RSA.</param>
public sealed record PublicJwk(string KeyId, SigningAlgorithm Algorithm, string? N, string? E, string? X)
{
    /// <summary>The JOSE <c>kty</c>: <c>RSA</c> or <c>OKP</c>.</summary>
    public string Kty => Algorithm == SigningAlgorithm.RS256 ? "RSA" : "OKP";

    /// <summary>The JOSE <c>crv</c>: <c>Ed25519</c> for EdDSA keys, otherwise <see langword="null"/>.</summary>
    public string? Crv => Algorithm == SigningAlgorithm.EdDsa ? "Ed25519" : null;

    /// <summary>The JOSE <c>alg</c>: <c>RS256</c> or <c>EdDSA</c>.</summary>
    public string Alg => Algorithm.ToJoseName();
}
