using System.Security.Cryptography;
using Nomadic.Identity.Internal;

namespace Nomadic.Identity;

/// <summary>
/// A key store in a directory: one file per key, <c>&lt;kid&gt;.key</c>, encrypted with AES-256-GCM under a
/// 32-byte key-encryption key, written atomically (temporary file, then rename) with mode 0600 on Unix.
/// A file that was modified, renamed or encrypted under another key fails with <see cref="KeyStoreException"/>.
/// </summary>
public sealed class FileKeyStore : IKeyStore, IDisposable
{
    private const string Extension = ".key";
    private readonly string _directory;
    private readonly byte[] _keyEncryptionKey;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private KeyEntries? _entries;

    /// <summary>Creates a store over <paramref name="directory"/>; files are read on first use.</summary>
    /// <param name="directory">The directory holding the key files; created when missing.</param>
    /// <param name="keyEncryptionKey">The 32-byte AES-256 key-encryption key.</param>
    public FileKeyStore(string directory, ReadOnlySpan<byte> keyEncryptionKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (keyEncryptionKey.Length != KeyFileCodec.KeyEncryptionKeySize)
        {
            throw new ArgumentException($"The key-encryption key must be {KeyFileCodec.KeyEncryptionKeySize} bytes (AES-256); it is {keyEncryptionKey.Length}.", nameof(keyEncryptionKey));
        }

        _directory = directory;
        _keyEncryptionKey = keyEncryptionKey.ToArray();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<KeyMetadata>> ListAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).List();

    /// <inheritdoc />
    public async ValueTask<KeyMetadata> CreateAsync(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime, CancellationToken cancellationToken = default)
    {
        var entries = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var entry = KeyEntries.Generate(algorithm, state, createTime, activateTime);
        await WriteAsync(entry, cancellationToken).ConfigureAwait(false);
        entries.Add(entry);
        return entry.Metadata;
    }

    /// <inheritdoc />
    public async ValueTask UpdateAsync(KeyMetadata metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var entries = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var entry = entries.Replace(metadata);
        await WriteAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<int> SignAsync(string keyId, ReadOnlyMemory<byte> data, Memory<byte> signature, CancellationToken cancellationToken = default)
    {
        var entries = _entries ?? await LoadAsync(cancellationToken).ConfigureAwait(false);
        return entries.ForSigning(keyId).Sign(data.Span, signature.Span);
    }

    /// <inheritdoc />
    public async ValueTask DeleteAsync(string keyId, CancellationToken cancellationToken = default)
    {
        var entries = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var removed = entries.Remove(keyId);
        if (removed is not null)
        {
            File.Delete(PathOf(keyId));
            removed.Material.Dispose();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(_keyEncryptionKey);
        _gate.Dispose();
        if (_entries is { } entries)
        {
            foreach (var metadata in entries.List())
            {
                entries.Remove(metadata.KeyId)?.Material.Dispose();
            }
        }
    }

    private string PathOf(string keyId) => Path.Combine(_directory, keyId + Extension);

    private ValueTask WriteAsync(KeyEntry entry, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(PathOf(entry.Metadata.KeyId), KeyFileCodec.Encrypt(entry, _keyEncryptionKey), cancellationToken);

    private async ValueTask<KeyEntries> LoadAsync(CancellationToken cancellationToken)
    {
        if (_entries is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_entries is { } raced)
            {
                return raced;
            }

            var entries = new KeyEntries();
            if (Directory.Exists(_directory))
            {
                var read = new List<KeyEntry>();
                foreach (var path in Directory.EnumerateFiles(_directory, "*" + Extension))
                {
                    var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                    read.Add(KeyFileCodec.Decrypt(Path.GetFileNameWithoutExtension(path), bytes, _keyEncryptionKey, path));
                }

                foreach (var entry in read.OrderBy(e => e.Metadata.CreateTime).ThenBy(e => e.Metadata.KeyId, StringComparer.Ordinal))
                {
                    entries.Add(entry);
                }
            }

            _entries = entries;
            return entries;
        }
        finally
        {
            _gate.Release();
        }
    }
}
