namespace Nomadic.Identity;

/// <summary>
/// Holds signing keys. Private keys are created inside the store and never leave it: callers see
/// <see cref="KeyMetadata"/> (public key included) and ask the store to sign.
/// </summary>
public interface IKeyStore
{
    /// <summary>Lists every key the store holds, in creation order.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The keys' metadata.</returns>
    ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Generates a new key with a fresh UUID key ID and stores it.</summary>
    /// <param name="algorithm">The algorithm of the new key.</param>
    /// <param name="state">Its initial state (<see cref="KeyState.Prepublished"/> or <see cref="KeyState.Active"/>).</param>
    /// <param name="createTime">Its creation time.</param>
    /// <param name="activateTime">When it starts signing.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new key's metadata.</returns>
    ValueTask<KeyMetadata> CreateAsync(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime, CancellationToken cancellationToken = default);

    /// <summary>Replaces a key's metadata (state, times); its key material is unchanged.</summary>
    /// <param name="metadata">The new metadata; <see cref="KeyMetadata.PublicKey"/> must be the stored one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the change is durable.</returns>
    /// <exception cref="KeyStoreException">The key is unknown or its public key differs.</exception>
    ValueTask UpdateAsync(KeyMetadata metadata, CancellationToken cancellationToken = default);

    /// <summary>Signs <paramref name="data"/> with a key that is not retired.</summary>
    /// <param name="keyId">The key ID.</param>
    /// <param name="data">The bytes to sign (a JWS signing input).</param>
    /// <param name="signature">Receives the signature: 256 bytes for RS256, 64 for EdDSA.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of signature bytes written.</returns>
    /// <exception cref="KeyStoreException">The key is unknown or retired.</exception>
    ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken = default);

    /// <summary>Deletes a key and its private material; deleting an unknown key does nothing.</summary>
    /// <param name="keyId">The key ID.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the key is gone.</returns>
    ValueTask DeleteAsync(string keyId, CancellationToken cancellationToken = default);
}
