using Nomadic.Identity.Internal;

namespace Nomadic.Identity;

/// <summary>A key store in process memory: keys are lost when the process exits (Nomad's <c>-dev</c> mode).</summary>
public sealed class InMemoryKeyStore : IKeyStore, IDisposable
{
    private readonly KeyEntries _entries = new();

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_entries.List());

    /// <inheritdoc />
    public ValueTask<KeyMetadata> CreateAsync(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime, CancellationToken cancellationToken = default)
    {
        var entry = KeyEntries.Generate(algorithm, state, createTime, activateTime);
        _entries.Add(entry);
        return ValueTask.FromResult(entry.Metadata);
    }

    /// <inheritdoc />
    public ValueTask UpdateAsync(KeyMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _entries.Replace(metadata);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_entries.ForSigning(keyId).Sign(data.Span, signature.Span));

    /// <inheritdoc />
    public ValueTask DeleteAsync(string keyId, CancellationToken cancellationToken = default)
    {
        _entries.Remove(keyId)?.Material.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var metadata in _entries.List())
        {
            _entries.Remove(metadata.KeyId)?.Material.Dispose();
        }
    }
}
