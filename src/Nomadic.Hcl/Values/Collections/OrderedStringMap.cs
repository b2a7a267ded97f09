using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Nomadic.Hcl.Values.Text;

namespace Nomadic.Hcl.Values.Collections;

/// <summary>An immutable string-keyed map that enumerates its keys in code point order, as cty does.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class OrderedStringMap<T> : IReadOnlyDictionary<string, T>
{
    private readonly string[] _keys;
    private readonly T[] _values;
    private Dictionary<string, int>? _index;

    private OrderedStringMap(string[] keys, T[] values)
    {
        _keys = keys;
        _values = values;
    }

    /// <summary>Gets the empty map.</summary>
    public static OrderedStringMap<T> Empty { get; } = new([], []);

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <inheritdoc/>
    public IEnumerable<string> Keys => _keys.AsReadOnly();

    /// <inheritdoc/>
    public IEnumerable<T> Values => _values.AsReadOnly();

    /// <inheritdoc/>
    public T this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No element with key \"{key}\".");

    /// <summary>Builds a map, sorting the entries and rejecting duplicate keys.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="normalizeKeys">Whether to NFC-normalize the keys first.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentException">A key appears twice.</exception>
    public static OrderedStringMap<T> Create(IEnumerable<KeyValuePair<string, T>> entries, bool normalizeKeys)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries is ICollection<KeyValuePair<string, T>> c ? new List<KeyValuePair<string, T>>(c.Count) : [];
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry.Key, nameof(entries));
            list.Add(normalizeKeys ? new(Nfc.Normalize(entry.Key), entry.Value) : entry);
        }

        if (list.Count == 0)
        {
            return Empty;
        }

        var keys = new string[list.Count];
        var values = new T[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            keys[i] = list[i].Key;
            values[i] = list[i].Value;
        }

        Array.Sort(keys, values, CodePointComparer.Instance);
        for (var i = 1; i < keys.Length; i++)
        {
            if (string.Equals(keys[i - 1], keys[i], StringComparison.Ordinal))
            {
                throw new ArgumentException($"Duplicate key \"{keys[i]}\".", nameof(entries));
            }
        }

        return new OrderedStringMap<T>(keys, values);
    }

    /// <summary>Builds a map from keys already sorted in code point order and free of duplicates.</summary>
    /// <param name="sortedKeys">The keys, in order.</param>
    /// <param name="values">The values, matching the keys.</param>
    /// <returns>The map.</returns>
    public static OrderedStringMap<T> FromSorted(string[] sortedKeys, T[] values) =>
        sortedKeys.Length == 0 ? Empty : new(sortedKeys, values);

    /// <summary>Gets the key at a position in code point order.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The key.</returns>
    public string KeyAt(int index) => _keys[index];

    /// <summary>Gets the value at a position in code point order.</summary>
    /// <param name="index">The position.</param>
    /// <returns>The value.</returns>
    public T ValueAt(int index) => _values[index];

    /// <summary>Gets the position of a key, or -1.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The position, or -1 when absent.</returns>
    public int IndexOf(string key)
    {
        if (_keys.Length > 8)
        {
            var index = _index;
            if (index is null)
            {
                index = new Dictionary<string, int>(_keys.Length, StringComparer.Ordinal);
                for (var i = 0; i < _keys.Length; i++)
                {
                    index[_keys[i]] = i;
                }

                _index = index;
            }

            return index.TryGetValue(key, out var found) ? found : -1;
        }

        for (var i = 0; i < _keys.Length; i++)
        {
            if (string.Equals(_keys[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out T value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = _values[i];
        return true;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, T>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<string, T>(_keys[i], _values[i]);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
