namespace Nomadic.Identity.Internal;

/// <summary>The shared bookkeeping of the key stores: entries by key ID in creation order, and the store rules.</summary>
internal sealed class KeyEntries
{
    private readonly object _gate = new();
    private readonly List<KeyEntry> _entries = [];

    public IReadOnlyList<KeyMetadata> List()
    {
        lock (_gate)
        {
            return [.. _entries.Select(e => e.Metadata)];
        }
    }

    public static KeyEntry Generate(SigningAlgorithm algorithm, KeyState state, DateTimeOffset createTime, DateTimeOffset activateTime)
    {
        if (state is not (KeyState.Prepublished or KeyState.Active))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "A new key is either pre-published or active.");
        }

        var material = KeyMaterial.Generate(algorithm);
        var keyId = Guid.NewGuid().ToString("D");
        var metadata = new KeyMetadata(material.ToPublicJwk(keyId), state, createTime, activateTime, null, null, false);
        return new KeyEntry(metadata, material);
    }

    public void Add(KeyEntry entry)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }
    }

    public KeyEntry Replace(KeyMetadata metadata)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e.Metadata.KeyId == metadata.KeyId);
            if (index < 0)
            {
                throw new KeyStoreException($"No key with ID '{metadata.KeyId}' is stored.");
            }

            if (_entries[index].Metadata.PublicKey != metadata.PublicKey)
            {
                throw new KeyStoreException($"The public key of '{metadata.KeyId}' cannot change; create a new key instead.");
            }

            var entry = _entries[index] with { Metadata = metadata };
            _entries[index] = entry;
            return entry;
        }
    }

    public KeyEntry? Remove(string keyId)
    {
        lock (_gate)
        {
            var index = _entries.FindIndex(e => e.Metadata.KeyId == keyId);
            if (index < 0)
            {
                return null;
            }

            var entry = _entries[index];
            _entries.RemoveAt(index);
            return entry;
        }
    }

    public KeyMaterial ForSigning(string keyId)
    {
        KeyEntry? entry;
        lock (_gate)
        {
            entry = _entries.Find(e => e.Metadata.KeyId == keyId);
        }

        if (entry is null)
        {
            throw new KeyStoreException($"No key with ID '{keyId}' is stored.");
        }

        return entry.Metadata.State == KeyState.Retired
            ? throw new KeyStoreException($"Key '{keyId}' is retired and can no longer sign.")
            : entry.Material;
    }
}
