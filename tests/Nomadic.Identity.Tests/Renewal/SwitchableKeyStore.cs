namespace Nomadic.Identity.Tests.Renewal;

/// <summary>An in-memory key store whose signing can be made to fail, to exercise renewal retries.</summary>
internal sealed class SwitchableKeyStore : IKeyStore
{
    private readonly InMemoryKeyStore _inner = new();

    public volatile bool FailSigning;

    public ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default) => _inner.ListAsync(cancellationToken);

    public ValueTask<KeyMetadata> CreateAsync(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime, CancellationToken cancellationToken = default) =>
        _inner.CreateAsync(algorithm, state, createTime, activateTime, cancellationToken);

    public ValueTask UpdateAsync(KeyMetadata metadata, CancellationToken cancellationToken = default) => _inner.UpdateAsync(metadata, cancellationToken);

    public ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken = default) =>
        FailSigning ? throw new KeyStoreException("The key store is unavailable.") : _inner.SignAsync(keyId, data, signature, cancellationToken);

    public ValueTask DeleteAsync(string keyId, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keyId, cancellationToken);
}
