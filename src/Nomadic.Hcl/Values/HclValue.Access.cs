using System.Numerics;
using Nomadic.Hcl.Values.Collections;
using Nomadic.Hcl.Values.Text;

namespace Nomadic.Hcl.Values;

/// <content>Reading payloads.</content>
public readonly partial struct HclValue
{
    /// <summary>Gets a value indicating whether the value is known all the way down: no unknown value anywhere inside.</summary>
    public bool IsWhollyKnown
    {
        get
        {
            if (!IsKnown)
            {
                return false;
            }

            if (IsNull || Type.IsPrimitive)
            {
                return true;
            }

            foreach (var element in ChildValues())
            {
                if (!element.IsWhollyKnown)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Gets the number of elements of a list, set, map, tuple or object (cty's <c>LengthInt</c>). Tuples and objects
    /// have a length even when unknown or null, from their type.
    /// </summary>
    /// <exception cref="HclValueException">The value is not a collection or structure, or is null or unknown.</exception>
    public int Length
    {
        get
        {
            switch (Type.Kind)
            {
                case HclTypeKind.Tuple:
                    return Type.TupleElementTypes.Count;
                case HclTypeKind.Object:
                    return Type.AttributeTypes.Count;
                case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Map:
                    RequireKnownNotNull("collection");
                    return _ref is ValueSequence s ? s.Count : ((OrderedStringMap<HclValue>)_ref!).Count;
                default:
                    throw new HclValueException($"A {Type.FriendlyName} value has no length; a collection or structure is required.");
            }
        }
    }

    /// <summary>Gets the number of characters in a string, counting grapheme clusters as cty's <c>length</c> does.</summary>
    /// <exception cref="HclValueException">The value is not a known, non-null string.</exception>
    public int StringLength => Graphemes.Count(AsString());

    /// <summary>Gets the elements of a list, set or tuple; sets in their iteration order.</summary>
    /// <exception cref="HclValueException">The value is not a known, non-null list, set or tuple.</exception>
    public IReadOnlyList<HclValue> Elements
    {
        get
        {
            if (Type.Kind is not (HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple))
            {
                throw new HclValueException($"A list, set or tuple is required, but have {Type.FriendlyName}.");
            }

            RequireKnownNotNull(Type.FriendlyName);
            return (ValueSequence)_ref!;
        }
    }

    /// <summary>Gets the elements of a map or the attributes of an object, in key order.</summary>
    /// <exception cref="HclValueException">The value is not a known, non-null map or object.</exception>
    public IReadOnlyDictionary<string, HclValue> Attributes
    {
        get
        {
            if (Type.Kind is not (HclTypeKind.Map or HclTypeKind.Object))
            {
                throw new HclValueException($"A map or object is required, but have {Type.FriendlyName}.");
            }

            RequireKnownNotNull(Type.FriendlyName);
            return (OrderedStringMap<HclValue>)_ref!;
        }
    }

    /// <summary>Gets the string of a string value.</summary>
    /// <returns>The string, in NFC.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null string.</exception>
    public string AsString()
    {
        RequirePrimitive(HclTypeKind.String, "string");
        return (string)_ref!;
    }

    /// <summary>Gets the number of a number value.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null number.</exception>
    public HclNumber AsNumber()
    {
        RequirePrimitive(HclTypeKind.Number, "number");
        return AsNumberUnchecked();
    }

    /// <summary>Gets the bool of a bool value.</summary>
    /// <returns>The bool.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null bool.</exception>
    public bool AsBool()
    {
        RequirePrimitive(HclTypeKind.Bool, "bool");
        return _bits != 0;
    }

    /// <summary>Gets the integer part of a number value (truncating toward zero).</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null number.</exception>
    public BigInteger AsBigInteger() => AsNumber().ToBigInteger();

    /// <summary>Gets a number value as a <see cref="long"/>.</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null whole number in range.</exception>
    public long AsInt64() =>
        AsNumber().TryToInt64(out var l) ? l : throw new HclValueException($"The number {AsNumber()} is not a whole number in the range of a 64-bit integer.");

    /// <summary>Gets a number value as an <see cref="int"/>.</summary>
    /// <returns>The integer.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null whole number in range.</exception>
    public int AsInt32() =>
        AsNumber().TryToInt32(out var i) ? i : throw new HclValueException($"The number {AsNumber()} is not a whole number in the range of a 32-bit integer.");

    /// <summary>Gets a number value as the nearest <see cref="double"/>.</summary>
    /// <returns>The double.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null number.</exception>
    public double AsDouble() => AsNumber().ToDouble();

    /// <summary>
    /// Enumerates keys and elements as cty's <c>ElementIterator</c>: list and tuple elements with their index as a
    /// number key, map and object elements with their name as a string key, set elements with the element as its own key.
    /// </summary>
    /// <returns>The pairs.</returns>
    /// <exception cref="HclValueException">The value is not a known, non-null collection or structure.</exception>
    public IEnumerable<KeyValuePair<HclValue, HclValue>> ElementsAsPairs()
    {
        switch (Type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple or HclTypeKind.Set:
                return SequencePairs(Elements, Type.Kind == HclTypeKind.Set);
            case HclTypeKind.Map or HclTypeKind.Object:
                return MapPairs(Attributes);
            default:
                throw new HclValueException($"A collection or structure is required, but have {Type.FriendlyName}.");
        }
    }

    /// <summary>Gets an attribute of an object value, as cty's <c>GetAttr</c>.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The attribute; unknown when the object is unknown; <see cref="DynamicUnknown"/> when the value's type is not known.</returns>
    /// <exception cref="HclValueException">The value is not an object, is null, or has no such attribute.</exception>
    public HclValue GetAttribute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Type.IsDynamic)
        {
            return DynamicUnknown;
        }

        if (Type.Kind != HclTypeKind.Object)
        {
            throw new HclValueException($"Can't access attributes on a {Type.FriendlyName}; an object is required.");
        }

        name = Nfc.Normalize(name);
        if (!Type.AttributeTypes.TryGetValue(name, out var attributeType))
        {
            throw new HclValueException($"This object does not have an attribute named \"{name}\".");
        }

        if (!IsKnown)
        {
            return Unknown(attributeType);
        }

        if (IsNull)
        {
            throw new HclValueException("Attempt to get an attribute from a null value.");
        }

        return ((OrderedStringMap<HclValue>)_ref!)[name];
    }

    /// <summary>
    /// Gets an element of a list or tuple (by whole-number index) or a map (by string key), as cty's <c>Index</c>.
    /// An unknown key or collection gives an unknown of the element type (<see cref="DynamicUnknown"/> for tuples
    /// with an unknown key).
    /// </summary>
    /// <param name="key">The key.</param>
    /// <returns>The element.</returns>
    /// <exception cref="HclValueException">The value cannot be indexed, the key has the wrong type, or there is no such element.</exception>
    public HclValue Index(HclValue key)
    {
        if (Type.IsDynamic)
        {
            return DynamicUnknown;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.List:
            {
                var elementType = Type.ElementType;
                if (key.Type.IsDynamic || (key.Type.Kind == HclTypeKind.Number && !key.IsKnown) || (key.Type.Kind == HclTypeKind.Number && !IsKnown))
                {
                    RequireKeyType(key, HclTypeKind.Number, "list");
                    return Unknown(elementType);
                }

                RequireKeyType(key, HclTypeKind.Number, "list");
                var items = (ValueSequence)RequireNotNullCollection();
                var index = RequireIndex(key, "list");
                return index < items.Count ? items[(int)index] : throw new HclValueException($"The given key does not identify an element in this collection value: the collection has {items.Count} elements.");
            }

            case HclTypeKind.Map:
            {
                var elementType = Type.ElementType;
                if (key.Type.IsDynamic || (key.Type.Kind == HclTypeKind.String && (!key.IsKnown || !IsKnown)))
                {
                    RequireKeyType(key, HclTypeKind.String, "map");
                    return Unknown(elementType);
                }

                RequireKeyType(key, HclTypeKind.String, "map");
                var map = (OrderedStringMap<HclValue>)RequireNotNullCollection();
                return map.TryGetValue(key.AsString(), out var element)
                    ? element
                    : throw new HclValueException($"The given key does not identify an element in this collection value: there is no element with key \"{key.AsString()}\".");
            }

            case HclTypeKind.Tuple:
            {
                if (key.Type.IsDynamic || (key.Type.Kind == HclTypeKind.Number && !key.IsKnown))
                {
                    return DynamicUnknown;
                }

                RequireKeyType(key, HclTypeKind.Number, "tuple");
                var index = RequireIndex(key, "tuple");
                var types = Type.TupleElementTypes;
                if (index >= types.Count)
                {
                    throw new HclValueException($"The given key does not identify an element in this collection value: the tuple has {types.Count} elements.");
                }

                if (!IsKnown)
                {
                    return Unknown(types[(int)index]);
                }

                return ((ValueSequence)RequireNotNullCollection())[(int)index];
            }

            default:
                throw new HclValueException($"This value does not have any indices: a list, map or tuple is required, but have {Type.FriendlyName}.");
        }
    }

    /// <summary>
    /// Tests whether <see cref="Index(HclValue)"/> would find an element, as cty's <c>HasIndex</c>: false for keys of the
    /// wrong type or out of range, unknown when the key or collection is unknown.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <returns>A bool value, possibly unknown.</returns>
    /// <exception cref="HclValueException">The value is not a list, map or tuple, or is null.</exception>
    public HclValue HasIndex(HclValue key)
    {
        var unknownBool = Unknown(HclType.Bool);
        if (Type.IsDynamic)
        {
            return unknownBool;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple:
            {
                if (key.Type.IsDynamic)
                {
                    return unknownBool;
                }

                if (key.Type.Kind != HclTypeKind.Number)
                {
                    return False;
                }

                if (!key.IsKnown || (Type.Kind == HclTypeKind.List && !IsKnown))
                {
                    return unknownBool;
                }

                if (key.IsNull || !key.AsNumber().TryToInt64(out var index) || index < 0)
                {
                    return False;
                }

                var count = Type.Kind == HclTypeKind.Tuple ? Type.TupleElementTypes.Count : ((ValueSequence)RequireNotNullCollection()).Count;
                return Bool(index < count);
            }

            case HclTypeKind.Map:
            {
                if (key.Type.IsDynamic)
                {
                    return unknownBool;
                }

                if (key.Type.Kind != HclTypeKind.String)
                {
                    return False;
                }

                if (!key.IsKnown || !IsKnown)
                {
                    return unknownBool;
                }

                if (key.IsNull)
                {
                    return False;
                }

                return Bool(((OrderedStringMap<HclValue>)RequireNotNullCollection()).ContainsKey(key.AsString()));
            }

            default:
                throw new HclValueException($"This value does not have any indices: a list, map or tuple is required, but have {Type.FriendlyName}.");
        }
    }

    /// <summary>Enumerates the direct children of a known, non-null collection or structure.</summary>
    /// <returns>The children, or nothing for other values.</returns>
    internal IEnumerable<HclValue> ChildValues() =>
        _ref switch
        {
            ValueSequence s when IsKnown => s,
            OrderedStringMap<HclValue> m when IsKnown => m.Values,
            _ => [],
        };

    private static IEnumerable<KeyValuePair<HclValue, HclValue>> SequencePairs(IReadOnlyList<HclValue> items, bool isSet)
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return new(isSet ? items[i] : Number(i), items[i]);
        }
    }

    private static IEnumerable<KeyValuePair<HclValue, HclValue>> MapPairs(IReadOnlyDictionary<string, HclValue> map)
    {
        foreach (var (key, value) in map)
        {
            yield return new(String(key), value);
        }
    }

    private static void RequireKeyType(HclValue key, HclTypeKind kind, string what)
    {
        if (!key.Type.IsDynamic && key.Type.Kind != kind)
        {
            throw new HclValueException($"The key for a {what} element must be a {(kind == HclTypeKind.Number ? "number" : "string")}, but have {key.Type.FriendlyName}.");
        }

        if (key.IsKnown && key.IsNull && !key.Type.IsDynamic)
        {
            throw new HclValueException("Can't use a null value as an indexing key.");
        }
    }

    private static long RequireIndex(HclValue key, string what)
    {
        if (!key.AsNumber().TryToInt64(out var index) || index < 0)
        {
            throw new HclValueException($"The key for a {what} element must be a non-negative whole number, but have {key.AsNumber()}.");
        }

        return index;
    }

    private object RequireNotNullCollection()
    {
        if (IsNull)
        {
            throw new HclValueException("Can't access an element of a null value.");
        }

        return _ref!;
    }

    private void RequireKnownNotNull(string what)
    {
        if (!IsKnown)
        {
            throw new HclValueException($"The {what} value is not known yet.");
        }

        if (IsNull)
        {
            throw new HclValueException($"The {what} value is null.");
        }
    }

    private void RequirePrimitive(HclTypeKind kind, string name)
    {
        if (Type.Kind != kind)
        {
            throw new HclValueException($"A {name} is required, but have {Type.FriendlyName}.");
        }

        RequireKnownNotNull(name);
    }
}
