namespace Nomadic.Identity;

/// <summary>A source of the public keys that tokens are verified against: the local keyring, or a JWKS from elsewhere.</summary>
public interface IPublicKeyProvider
{
    /// <summary>The keys that verifiers should accept now (the JWKS content).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The published public keys.</returns>
    ValueTask<IReadOnlyList<PublicJwk>> GetPublicKeysAsync(CancellationToken cancellationToken = default);
}
