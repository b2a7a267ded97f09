using Nomadic.Hcl.Values.Collections;

namespace Nomadic.Hcl.Values;

/// <content>Collection and structural constructors.</content>
public readonly partial struct HclValue
{
    /// <summary>Creates a list value. Every element must have exactly the same type.</summary>
    /// <param name="elements">The elements; at least one (use <see cref="ListEmpty(HclType)"/> otherwise).</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentException">The sequence is empty or the element types differ.</exception>
    public static HclValue List(IEnumerable<HclValue> elements)
    {
        var items = Materialize(elements, "list", out var elementType);
        return new(HclType.List(elementType), new ValueSequence(items), 0, 0, 0);
    }

    /// <summary>Creates an empty list.</summary>
    /// <param name="elementType">The element type.</param>
    /// <returns>The empty list.</returns>
    public static HclValue ListEmpty(HclType elementType) => new(HclType.List(elementType), ValueSequence.Empty, 0, 0, 0);

    /// <summary>
    /// Creates a set value. Every element must have exactly the same type. Equal elements are merged (unknown elements
    /// never are) and the elements are ordered as cty orders them: strings by code point, numbers numerically,
    /// false before true, unknowns after known values and nulls last.
    /// </summary>
    /// <param name="elements">The elements; at least one (use <see cref="SetEmpty(HclType)"/> otherwise).</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentException">The sequence is empty or the element types differ.</exception>
    public static HclValue Set(IEnumerable<HclValue> elements)
    {
        var items = Materialize(elements, "set", out var elementType);
        return new(HclType.Set(elementType), new ValueSequence(SetElements.Build(elementType, items)), 0, 0, 0);
    }

    /// <summary>Creates an empty set.</summary>
    /// <param name="elementType">The element type.</param>
    /// <returns>The empty set.</returns>
    public static HclValue SetEmpty(HclType elementType) => new(HclType.Set(elementType), ValueSequence.Empty, 0, 0, 0);

    /// <summary>Creates a map value. Every element must have exactly the same type; keys are NFC-normalized and must be distinct.</summary>
    /// <param name="elements">The entries; at least one (use <see cref="MapEmpty(HclType)"/> otherwise).</param>
    /// <returns>The map, which enumerates in key order.</returns>
    /// <exception cref="ArgumentException">The sequence is empty, a key repeats or the element types differ.</exception>
    public static HclValue Map(IEnumerable<KeyValuePair<string, HclValue>> elements)
    {
        var map = OrderedStringMap<HclValue>.Create(elements, normalizeKeys: true);
        if (map.Count == 0)
        {
            throw new ArgumentException("A map needs at least one element; use MapEmpty for an empty map.", nameof(elements));
        }

        var elementType = map.ValueAt(0).Type;
        for (var i = 1; i < map.Count; i++)
        {
            if (!map.ValueAt(i).Type.Equals(elementType))
            {
                throw new ArgumentException($"Inconsistent map element types: {elementType} and {map.ValueAt(i).Type}.", nameof(elements));
            }
        }

        return new(HclType.Map(elementType), map, 0, 0, 0);
    }

    /// <summary>Creates an empty map.</summary>
    /// <param name="elementType">The element type.</param>
    /// <returns>The empty map.</returns>
    public static HclValue MapEmpty(HclType elementType) => new(HclType.Map(elementType), OrderedStringMap<HclValue>.Empty, 0, 0, 0);

    /// <summary>Creates a tuple value; its type is the tuple of the element types.</summary>
    /// <param name="elements">The elements.</param>
    /// <returns>The tuple.</returns>
    public static HclValue Tuple(IEnumerable<HclValue> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return TupleOwning(elements.ToArray());
    }

    /// <summary>Creates a tuple that keeps <paramref name="items"/> itself: the caller must not change the array afterwards.</summary>
    /// <param name="items">The elements.</param>
    /// <returns>The tuple.</returns>
    internal static HclValue TupleOwning(HclValue[] items)
    {
        if (items.Length == 0)
        {
            return EmptyTuple;
        }

        var types = new HclType[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            types[i] = items[i].Type;
        }

        return new(HclType.Tuple(types), new ValueSequence(items), 0, 0, 0);
    }

    /// <summary>Creates an object value; its type is the object of the attribute types. Names are NFC-normalized and must be distinct.</summary>
    /// <param name="attributes">The attributes.</param>
    /// <returns>The object, which enumerates in name order.</returns>
    /// <exception cref="ArgumentException">A name repeats.</exception>
    public static HclValue Object(IEnumerable<KeyValuePair<string, HclValue>> attributes)
    {
        var map = OrderedStringMap<HclValue>.Create(attributes, normalizeKeys: true);
        if (map.Count == 0)
        {
            return EmptyObject;
        }

        var keys = new string[map.Count];
        var types = new HclType[map.Count];
        for (var i = 0; i < map.Count; i++)
        {
            keys[i] = map.KeyAt(i);
            types[i] = map.ValueAt(i).Type;
        }

        return new(HclType.Object(OrderedStringMap<HclType>.FromSorted(keys, types)), map, 0, 0, 0);
    }

    private static HclValue[] Materialize(IEnumerable<HclValue> elements, string what, out HclType elementType)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var items = elements.ToArray();
        if (items.Length == 0)
        {
            throw new ArgumentException($"A {what} needs at least one element; use {(what == "list" ? "ListEmpty" : "SetEmpty")} for an empty {what}.", nameof(elements));
        }

        elementType = items[0].Type;
        for (var i = 1; i < items.Length; i++)
        {
            if (!items[i].Type.Equals(elementType))
            {
                throw new ArgumentException($"Inconsistent {what} element types: {elementType} and {items[i].Type}.", nameof(elements));
            }
        }

        return items;
    }
}
