using Nomadic.Identity;

namespace Nomadic.Benchmarks;

/// <summary>
/// An in-memory key store whose "signature" is 256 zero bytes: minting through it costs everything a mint does
/// except the RSA private-key operation, which is how the issuer's own overhead is measured apart from the signature.
/// </summary>
internal sealed class UnsignedKeyStore : IKeyStore, IDisposable
{
    private const int Rs256SignatureSize = 256;
    private readonly InMemoryKeyStore _inner = new();

    public ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default) => _inner.ListAsync(cancellationToken);

    public ValueTask<KeyMetadata> CreateAsync(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime, CancellationToken cancellationToken = default) =>
        _inner.CreateAsync(algorithm, state, createTime, activateTime, cancellationToken);

    public ValueTask UpdateAsync(KeyMetadata metadata, CancellationToken cancellationToken = default) => _inner.UpdateAsync(metadata, cancellationToken);

    public ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken = default)
    {
        signature.Span[..Rs256SignatureSize].Clear();
        return ValueTask.FromResult(Rs256SignatureSize);
    }

    public ValueTask DeleteAsync(string keyId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keyId, cancellationToken);

    public void Dispose() => _inner.Dispose();
}
