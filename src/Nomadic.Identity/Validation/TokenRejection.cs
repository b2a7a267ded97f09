namespace Nomadic.Identity;

/// <summary>Why a token was rejected.</summary>
public enum TokenRejection
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>Not three dot-separated parts.</summary>
    Malformed,

    /// <summary>A part is not valid base64url.</summary>
    BadBase64,

    /// <summary>The header or payload is not a JSON object, or a claim has the wrong type.</summary>
    BadJson,

    /// <summary><c>alg</c> is <c>none</c>: unsigned tokens are never accepted.</summary>
    AlgorithmNone,

    /// <summary><c>alg</c> is missing or not on the allow-list (HMAC algorithms never are: a public key is not a shared secret).</summary>
    AlgorithmNotAllowed,

    /// <summary>The header has no <c>kid</c>.</summary>
    MissingKeyId,

    /// <summary>No published key has this <c>kid</c>.</summary>
    UnknownKeyId,

    /// <summary>The key with this <c>kid</c> is for another algorithm than the header's <c>alg</c>.</summary>
    AlgorithmKeyMismatch,

    /// <summary>The signature does not verify.</summary>
    InvalidSignature,

    /// <summary><c>exp</c> has passed (beyond the clock skew).</summary>
    Expired,

    /// <summary><c>nbf</c> is still ahead (beyond the clock skew).</summary>
    NotYetValid,

    /// <summary>The token has no <c>exp</c> but the validator requires one.</summary>
    MissingExpiry,

    /// <summary>No <c>aud</c> matches an accepted audience.</summary>
    AudienceMismatch,

    /// <summary><c>iss</c> is not the expected issuer.</summary>
    IssuerMismatch,
}
