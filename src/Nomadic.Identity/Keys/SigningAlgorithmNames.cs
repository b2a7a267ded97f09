namespace Nomadic.Identity;

/// <summary>The JOSE names (<c>alg</c>, <c>kty</c>, <c>crv</c>) of the signing algorithms.</summary>
public static class SigningAlgorithmNames
{
    /// <summary>The JOSE <c>alg</c> value of RS256.</summary>
    public const string RS256 = "RS256";

    /// <summary>The JOSE <c>alg</c> value of Ed25519 signatures.</summary>
    public const string EdDsa = "EdDSA";

    /// <summary>The JOSE <c>alg</c> name of <paramref name="algorithm"/>.</summary>
    /// <param name="algorithm">The algorithm.</param>
    /// <returns><c>RS256</c> or <c>EdDSA</c>.</returns>
    public static string ToJoseName(this SigningAlgorithm algorithm) => algorithm switch
    {
        SigningAlgorithm.RS256 => RS256,
        SigningAlgorithm.EdDsa => EdDsa,
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signing algorithm."),
    };

    /// <summary>Parses a JOSE <c>alg</c> name (case-sensitive, as RFC 7515 requires).</summary>
    /// <param name="name">The <c>alg</c> value.</param>
    /// <param name="algorithm">The algorithm when the name is known.</param>
    /// <returns><see langword="true"/> for <c>RS256</c> and <c>EdDSA</c>.</returns>
    public static bool TryParse(string? name, out SigningAlgorithm algorithm)
    {
        switch (name)
        {
            case RS256:
                algorithm = SigningAlgorithm.RS256;
                return true;
            case EdDsa:
                algorithm = SigningAlgorithm.EdDsa;
                return true;
            default:
                algorithm = default;
                return false;
        }
    }
}
