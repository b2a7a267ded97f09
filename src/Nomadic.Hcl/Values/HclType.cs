using System.Collections.ObjectModel;
using Nomadic.Hcl.Values.Collections;

namespace Nomadic.Hcl.Values;

/// <summary>An HCL type, modelled on cty.Type: primitive, collection, structural, or the dynamic placeholder.</summary>
/// <remarks>Types are immutable and compared structurally.</remarks>
public sealed partial class HclType : IEquatable<HclType>
{
    private static readonly IReadOnlySet<string> NoOptionalAttributes = new HashSet<string>(StringComparer.Ordinal);

    private readonly HclType? _element;
    private readonly ReadOnlyCollection<HclType>? _tupleElements;
    private readonly OrderedStringMap<HclType>? _attributes;
    private readonly IReadOnlySet<string> _optional;
    private readonly int _hash;
    private readonly bool _hasDynamic;
    private HclType? _withoutOptional;

    private HclType(HclTypeKind kind, HclType? element, ReadOnlyCollection<HclType>? tupleElements, OrderedStringMap<HclType>? attributes, IReadOnlySet<string>? optional)
    {
        Kind = kind;
        _element = element;
        _tupleElements = tupleElements;
        _attributes = attributes;
        _optional = optional ?? NoOptionalAttributes;
        var hash = new HashCode();
        hash.Add(kind);
        _hasDynamic = kind == HclTypeKind.Dynamic;
        if (element is not null)
        {
            hash.Add(element._hash);
            _hasDynamic = element._hasDynamic;
        }

        if (tupleElements is not null)
        {
            foreach (var t in tupleElements)
            {
                hash.Add(t._hash);
                _hasDynamic |= t._hasDynamic;
            }
        }

        if (attributes is not null)
        {
            foreach (var (name, t) in attributes)
            {
                hash.Add(name, StringComparer.Ordinal);
                hash.Add(t._hash);
                hash.Add(_optional.Contains(name));
                _hasDynamic |= t._hasDynamic;
            }
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>Gets the string type.</summary>
    public static HclType String { get; } = new(HclTypeKind.String, null, null, null, null);

    /// <summary>Gets the number type.</summary>
    public static HclType Number { get; } = new(HclTypeKind.Number, null, null, null, null);

    /// <summary>Gets the bool type.</summary>
    public static HclType Bool { get; } = new(HclTypeKind.Bool, null, null, null, null);

    /// <summary>Gets the dynamic pseudo-type (HCL's <c>any</c>): a value whose type is not known yet, or "any type" as a constraint.</summary>
    public static HclType Dynamic { get; } = new(HclTypeKind.Dynamic, null, null, null, null);

    /// <summary>Gets the object type with no attributes.</summary>
    public static HclType EmptyObject { get; } = new(HclTypeKind.Object, null, null, OrderedStringMap<HclType>.Empty, null);

    /// <summary>Gets the tuple type with no elements.</summary>
    public static HclType EmptyTuple { get; } = new(HclTypeKind.Tuple, null, new ReadOnlyCollection<HclType>([]), null, null);

    /// <summary>Gets the kind of type.</summary>
    public HclTypeKind Kind { get; }

    /// <summary>Gets the element type of a list, map or set type.</summary>
    /// <exception cref="InvalidOperationException">The type is not a collection type.</exception>
    public HclType ElementType => _element ?? throw new InvalidOperationException($"The type {this} is not a collection type, so it has no element type.");

    /// <summary>Gets the element types of a tuple type.</summary>
    /// <exception cref="InvalidOperationException">The type is not a tuple type.</exception>
    public IReadOnlyList<HclType> TupleElementTypes => _tupleElements ?? throw new InvalidOperationException($"The type {this} is not a tuple type.");

    /// <summary>Gets the attribute types of an object type, ordered by name.</summary>
    /// <exception cref="InvalidOperationException">The type is not an object type.</exception>
    public IReadOnlyDictionary<string, HclType> AttributeTypes => _attributes ?? throw new InvalidOperationException($"The type {this} is not an object type.");

    /// <summary>Gets the names of the optional attributes of an object type (empty for every other type).</summary>
    public IReadOnlySet<string> OptionalAttributes => _optional;

    /// <summary>Gets a value indicating whether this is string, number or bool.</summary>
    public bool IsPrimitive => Kind is HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool;

    /// <summary>Gets a value indicating whether this is a list, map or set type.</summary>
    public bool IsCollection => Kind is HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set;

    /// <summary>Gets a value indicating whether this is a tuple or object type.</summary>
    public bool IsStructural => Kind is HclTypeKind.Tuple or HclTypeKind.Object;

    /// <summary>Gets a value indicating whether this is the dynamic pseudo-type.</summary>
    public bool IsDynamic => Kind == HclTypeKind.Dynamic;

    /// <summary>Gets a value indicating whether the dynamic pseudo-type appears anywhere in this type.</summary>
    public bool HasDynamicTypes => _hasDynamic;

    /// <summary>Gets the attribute types as an ordered map, for internal iteration.</summary>
    internal OrderedStringMap<HclType> AttributeMap => _attributes ?? throw new InvalidOperationException($"The type {this} is not an object type.");

    /// <summary>Compares two types structurally.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns>Whether they are the same type.</returns>
    public static bool operator ==(HclType? left, HclType? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two types structurally.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(HclType? left, HclType? right) => !(left == right);

    /// <summary>Creates a list type.</summary>
    /// <param name="element">The element type.</param>
    /// <returns>The list type.</returns>
    public static HclType List(HclType element) => Collection(HclTypeKind.List, element);

    /// <summary>Creates a map type.</summary>
    /// <param name="element">The element type.</param>
    /// <returns>The map type.</returns>
    public static HclType Map(HclType element) => Collection(HclTypeKind.Map, element);

    /// <summary>Creates a set type.</summary>
    /// <param name="element">The element type.</param>
    /// <returns>The set type.</returns>
    public static HclType Set(HclType element) => Collection(HclTypeKind.Set, element);

    /// <summary>Creates a tuple type.</summary>
    /// <param name="elements">The element types, in order.</param>
    /// <returns>The tuple type.</returns>
    public static HclType Tuple(IReadOnlyList<HclType> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        if (elements.Count == 0)
        {
            return EmptyTuple;
        }

        var copy = new HclType[elements.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = elements[i] ?? throw new ArgumentException("Tuple element types must not be null.", nameof(elements));
        }

        return new HclType(HclTypeKind.Tuple, null, new ReadOnlyCollection<HclType>(copy), null, null);
    }

    /// <summary>Creates an object type.</summary>
    /// <param name="attributes">The attribute names and types.</param>
    /// <returns>The object type.</returns>
    public static HclType Object(IReadOnlyDictionary<string, HclType> attributes) => Object(attributes, []);

    /// <summary>Creates an object type with optional attributes (meaningful only as a conversion target, like cty's ObjectWithOptionalAttrs).</summary>
    /// <param name="attributes">The attribute names and types.</param>
    /// <param name="optionalAttributes">The names of the attributes that may be absent; each must be in <paramref name="attributes"/>.</param>
    /// <returns>The object type.</returns>
    public static HclType Object(IReadOnlyDictionary<string, HclType> attributes, IReadOnlyCollection<string> optionalAttributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(optionalAttributes);
        if (attributes.Count == 0 && optionalAttributes.Count == 0)
        {
            return EmptyObject;
        }

        foreach (var (name, type) in attributes)
        {
            if (type is null)
            {
                throw new ArgumentException($"The type of attribute \"{name}\" must not be null.", nameof(attributes));
            }
        }

        var map = attributes as OrderedStringMap<HclType> ?? OrderedStringMap<HclType>.Create(attributes, normalizeKeys: true);
        HashSet<string>? optional = null;
        foreach (var rawName in optionalAttributes)
        {
            var name = Text.Nfc.Normalize(rawName ?? throw new ArgumentException("Optional attribute names must not be null.", nameof(optionalAttributes)));
            if (!map.ContainsKey(name))
            {
                throw new ArgumentException($"Optional attribute \"{name}\" is not an attribute of the object type.", nameof(optionalAttributes));
            }

            optional ??= new HashSet<string>(StringComparer.Ordinal);
            optional.Add(name);
        }

        return new HclType(HclTypeKind.Object, null, null, map, optional);
    }

    /// <summary>Gets a value indicating whether an object type has an attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>Whether the attribute exists (false for non-object types).</returns>
    public bool HasAttribute(string name) => _attributes is not null && _attributes.ContainsKey(name);

    /// <summary>Gets a value indicating whether an attribute of an object type is optional.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>Whether it is optional.</returns>
    public bool IsOptionalAttribute(string name) => _optional.Contains(name);

    /// <summary>Returns this type with every optional-attribute marker removed, recursively (cty's WithoutOptionalAttributesDeep).</summary>
    /// <returns>The type without optional attributes.</returns>
    public HclType WithoutOptionalAttributesDeep()
    {
        if (_withoutOptional is { } cached)
        {
            return cached;
        }

        var result = Kind switch
        {
            HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set => Collection(Kind, ElementType.WithoutOptionalAttributesDeep()),
            HclTypeKind.Tuple => Tuple([.. TupleElementTypes.Select(t => t.WithoutOptionalAttributesDeep())]),
            HclTypeKind.Object => Object(AttributeMap.ToDictionary(p => p.Key, p => p.Value.WithoutOptionalAttributesDeep(), StringComparer.Ordinal)),
            _ => this,
        };
        if (result.Equals(this))
        {
            result = this;
        }

        _withoutOptional = result;
        return result;
    }

    /// <inheritdoc/>
    public bool Equals(HclType? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._hash != _hash || other.Kind != Kind)
        {
            return false;
        }

        switch (Kind)
        {
            case HclTypeKind.List or HclTypeKind.Map or HclTypeKind.Set:
                return _element!.Equals(other._element);
            case HclTypeKind.Tuple:
                var a = _tupleElements!;
                var b = other._tupleElements!;
                if (a.Count != b.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (!a[i].Equals(b[i]))
                    {
                        return false;
                    }
                }

                return true;
            case HclTypeKind.Object:
                var x = _attributes!;
                var y = other._attributes!;
                if (x.Count != y.Count || _optional.Count != other._optional.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!string.Equals(x.KeyAt(i), y.KeyAt(i), StringComparison.Ordinal) || !x.ValueAt(i).Equals(y.ValueAt(i)))
                    {
                        return false;
                    }
                }

                return _optional.SetEquals(other._optional);
            default:
                return true;
        }
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HclType);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    private static HclType Collection(HclTypeKind kind, HclType element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return CommonTypes.TryGet(kind, element) ?? new HclType(kind, element, null, null, null);
    }

    /// <summary>Cached collection types of the primitive and dynamic types, so that common types do not allocate.</summary>
    private static class CommonTypes
    {
        private static readonly HclType[] Cache = Build();

        public static HclType? TryGet(HclTypeKind kind, HclType element)
        {
            var e = IndexOf(element);
            return e < 0 ? null : Cache[(KindIndex(kind) * 4) + e];
        }

        private static int IndexOf(HclType element) =>
            ReferenceEquals(element, String) ? 0
            : ReferenceEquals(element, Number) ? 1
            : ReferenceEquals(element, Bool) ? 2
            : ReferenceEquals(element, Dynamic) ? 3
            : -1;

        private static int KindIndex(HclTypeKind kind) => kind switch
        {
            HclTypeKind.List => 0,
            HclTypeKind.Map => 1,
            _ => 2,
        };

        private static HclType[] Build()
        {
            HclType[] elements = [String, Number, Bool, Dynamic];
            HclTypeKind[] kinds = [HclTypeKind.List, HclTypeKind.Map, HclTypeKind.Set];
            var result = new HclType[12];
            for (var k = 0; k < kinds.Length; k++)
            {
                for (var e = 0; e < elements.Length; e++)
                {
                    result[(k * 4) + e] = new HclType(kinds[k], elements[e], null, null, null);
                }
            }

            return result;
        }
    }
}
