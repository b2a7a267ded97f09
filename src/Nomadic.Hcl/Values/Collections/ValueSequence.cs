using System.Collections;

namespace Nomadic.Hcl.Values.Collections;

/// <summary>An immutable list of values: the payload of list, set and tuple values.</summary>
internal sealed class ValueSequence : IReadOnlyList<HclValue>
{
    private readonly HclValue[] _items;

    /// <summary>Initializes a new instance of the <see cref="ValueSequence"/> class, taking ownership of the array.</summary>
    /// <param name="items">The items; the caller must not change the array afterwards.</param>
    public ValueSequence(HclValue[] items)
    {
        _items = items;
    }

    /// <summary>Gets the empty sequence.</summary>
    public static ValueSequence Empty { get; } = new([]);

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <summary>Gets the items as a span.</summary>
    public ReadOnlySpan<HclValue> Span => _items;

    /// <inheritdoc/>
    public HclValue this[int index] => _items[index];

    /// <inheritdoc/>
    public IEnumerator<HclValue> GetEnumerator() => ((IEnumerable<HclValue>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
