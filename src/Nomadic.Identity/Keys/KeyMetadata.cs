namespace Nomadic.Identity;

/// <summary>Everything about a signing key except its private part.</summary>
/// <param name="PublicKey">The public key and its ID.</param>
/// <param name="State">The key's state.</param>
/// <param name="CreateTime">When the key was created.</param>
/// <param name="ActivateTime">When the key starts (or started) signing; <see langword="null"/> if it never will.</param>
/// <param name="InactiveTime">When the key stopped signing; <see langword="null"/> while it has not.</param>
/// <param name="LastTokenExpiry">The latest <c>exp</c> of any token the key signed, as far as the keyring knows.</param>
/// <param name="SignedTokensWithoutExpiry">Whether the key signed a token without <c>exp</c> (Nomad's default identity): such a key is only retired on request.</param>
public sealed record KeyMetadata(
    PublicJwk PublicKey,
    KeyState State,
    DateTimeOffset CreateTime,
    DateTimeOffset? ActivateTime,
    DateTimeOffset? InactiveTime,
    DateTimeOffset? LastTokenExpiry,
    bool SignedTokensWithoutExpiry)
{
    /// <summary>The key ID (<c>kid</c>).</summary>
    public string KeyId => PublicKey.KeyId;

    /// <summary>The signing algorithm.</summary>
    public SigningAlgorithm Algorithm => PublicKey.Algorithm;

    /// <summary>Whether the key belongs in the JWKS: every state except <see cref="KeyState.Retired"/>.</summary>
    public bool IsPublished => State != KeyState.Retired;
}
