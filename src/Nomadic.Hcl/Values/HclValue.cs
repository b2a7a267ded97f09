using Nomadic.Hcl.Values.Collections;
using Nomadic.Hcl.Values.Text;

namespace Nomadic.Hcl.Values;

/// <summary>
/// An HCL value, modelled on cty.Value: a type plus a payload, which may be null (a typed null) or unknown
/// (a typed placeholder for a value decided later).
/// </summary>
/// <remarks>
/// <para>The default value is <see cref="NullDynamic"/>.</para>
/// <para>
/// <see cref="Equals(HclValue)"/> and <c>==</c> are exact structural identity (cty's <c>RawEquals</c>);
/// <see cref="EqualTo(HclValue)"/> is HCL's <c>==</c> operator, which yields an <see cref="HclValue"/> bool and may be unknown.
/// </para>
/// </remarks>
public readonly partial struct HclValue : IEquatable<HclValue>
{
    private const byte NullFlag = 1;
    private const byte UnknownFlag = 2;

    private static readonly HclValue[] SmallIntegers = BuildSmallIntegers();

    private readonly HclType? _type;
    private readonly object? _ref;
    private readonly long _bits;
    private readonly int _int;
    private readonly byte _flags;

    private HclValue(HclType type, object? reference, long bits, int integer, byte flags)
    {
        _type = type;
        _ref = reference;
        _bits = bits;
        _int = integer;
        _flags = flags;
    }

    /// <summary>Gets the bool <c>true</c>.</summary>
    public static HclValue True { get; } = new(HclType.Bool, null, 1, 0, 0);

    /// <summary>Gets the bool <c>false</c>.</summary>
    public static HclValue False { get; } = new(HclType.Bool, null, 0, 0, 0);

    /// <summary>Gets the unknown value of unknown type (cty's DynamicVal).</summary>
    public static HclValue DynamicUnknown { get; } = new(HclType.Dynamic, null, 0, 0, UnknownFlag);

    /// <summary>Gets the null of unknown type (HCL's <c>null</c> literal).</summary>
    public static HclValue NullDynamic => default;

    /// <summary>Gets the empty tuple.</summary>
    public static HclValue EmptyTuple { get; } = new(HclType.EmptyTuple, ValueSequence.Empty, 0, 0, 0);

    /// <summary>Gets the empty object.</summary>
    public static HclValue EmptyObject { get; } = new(HclType.EmptyObject, OrderedStringMap<HclValue>.Empty, 0, 0, 0);

    /// <summary>Gets the empty string.</summary>
    public static HclValue EmptyString { get; } = new(HclType.String, string.Empty, 0, 0, 0);

    /// <summary>Gets the type of the value.</summary>
    public HclType Type => _type ?? HclType.Dynamic;

    /// <summary>Gets a value indicating whether the value is null. Unknown values are not null.</summary>
    public bool IsNull => _type is null || (_flags & NullFlag) != 0;

    /// <summary>Gets a value indicating whether the value is known (it may still contain unknown values inside).</summary>
    public bool IsKnown => (_flags & UnknownFlag) == 0;

    /// <summary>Compares two values for exact structural identity; see <see cref="RawEquals(HclValue)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are identical.</returns>
    public static bool operator ==(HclValue left, HclValue right) => left.RawEquals(right);

    /// <summary>Compares two values for exact structural identity; see <see cref="RawEquals(HclValue)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(HclValue left, HclValue right) => !left.RawEquals(right);

    /// <summary>Creates a string value, normalizing it to Unicode NFC as cty.StringVal does.</summary>
    /// <param name="value">The string.</param>
    /// <returns>The value.</returns>
    public static HclValue String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 0 ? EmptyString : new(HclType.String, Nfc.Normalize(value), 0, 0, 0);
    }

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static HclValue Number(HclNumber value)
    {
        if (value.IsSmall && value.Exponent == 0 && value.SmallMantissa is >= -1 and <= 255)
        {
            return SmallIntegers[value.SmallMantissa + 1];
        }

        return new(HclType.Number, value.BigReference, value.SmallMantissa, value.Exponent, 0);
    }

    /// <summary>Creates a number value from an integer.</summary>
    /// <param name="value">The integer.</param>
    /// <returns>The value.</returns>
    public static HclValue Number(long value) => Number(HclNumber.FromInt64(value));

    /// <summary>Creates a number value from a double, using its shortest round-trip decimal form.</summary>
    /// <param name="value">The double.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static HclValue Number(double value) => Number(HclNumber.FromDouble(value));

    /// <summary>Creates a bool value.</summary>
    /// <param name="value">The bool.</param>
    /// <returns><see cref="True"/> or <see cref="False"/>.</returns>
    public static HclValue Bool(bool value) => value ? True : False;

    /// <summary>Creates a null of the given type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The null value.</returns>
    public static HclValue Null(HclType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ReferenceEquals(type, HclType.Dynamic) ? default : new(type, null, 0, 0, NullFlag);
    }

    /// <summary>Creates an unknown value of the given type.</summary>
    /// <param name="type">The type; <see cref="HclType.Dynamic"/> when even the type is not known yet.</param>
    /// <returns>The unknown value.</returns>
    public static HclValue Unknown(HclType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new(type, null, 0, 0, UnknownFlag);
    }

    /// <summary>
    /// Compares two values for exact identity (cty's <c>RawEquals</c>): same type, nullness, knownness and payload,
    /// recursively. Unlike <see cref="EqualTo(HclValue)"/> two unknowns of the same type are identical.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether the values are identical.</returns>
    public bool RawEquals(HclValue other)
    {
        if (!Type.Equals(other.Type) || IsNull != other.IsNull || IsKnown != other.IsKnown)
        {
            return false;
        }

        if (IsNull || !IsKnown)
        {
            return true;
        }

        switch (Type.Kind)
        {
            case HclTypeKind.String:
                return string.Equals((string)_ref!, (string)other._ref!, StringComparison.Ordinal);
            case HclTypeKind.Number:
                return _bits == other._bits && _int == other._int && AsNumberUnchecked().Equals(other.AsNumberUnchecked());
            case HclTypeKind.Bool:
                return _bits == other._bits;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                var a = ((ValueSequence)_ref!).Span;
                var b = ((ValueSequence)other._ref!).Span;
                if (a.Length != b.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Length; i++)
                {
                    if (!a[i].RawEquals(b[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var x = (OrderedStringMap<HclValue>)_ref!;
                var y = (OrderedStringMap<HclValue>)other._ref!;
                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!string.Equals(x.KeyAt(i), y.KeyAt(i), StringComparison.Ordinal) || !x.ValueAt(i).RawEquals(y.ValueAt(i)))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    /// <inheritdoc cref="RawEquals(HclValue)"/>
    public bool Equals(HclValue other) => RawEquals(other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HclValue other && RawEquals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Type.GetHashCode());
        hash.Add(IsNull);
        hash.Add(IsKnown);
        if (IsNull || !IsKnown)
        {
            return hash.ToHashCode();
        }

        switch (Type.Kind)
        {
            case HclTypeKind.String:
                hash.Add((string)_ref!, StringComparer.Ordinal);
                break;
            case HclTypeKind.Number:
                hash.Add(AsNumberUnchecked());
                break;
            case HclTypeKind.Bool:
                hash.Add(_bits);
                break;
            case HclTypeKind.List or HclTypeKind.Set or HclTypeKind.Tuple:
                var items = ((ValueSequence)_ref!).Span;
                hash.Add(items.Length);
                for (var i = 0; i < items.Length && i < 16; i++)
                {
                    hash.Add(items[i].GetHashCode());
                }

                break;
            default:
                var map = (OrderedStringMap<HclValue>)_ref!;
                hash.Add(map.Count);
                for (var i = 0; i < map.Count && i < 16; i++)
                {
                    hash.Add(map.KeyAt(i), StringComparer.Ordinal);
                    hash.Add(map.ValueAt(i).GetHashCode());
                }

                break;
        }

        return hash.ToHashCode();
    }

    /// <summary>Renders the value for debugging in HCL-like syntax: <c>"a"</c>, <c>1.5</c>, <c>[1, 2]</c>, <c>{a = 1}</c>, <c>null</c>, <c>unknown(string)</c>.</summary>
    /// <returns>The rendering.</returns>
    public override string ToString() => HclValueFormatter.Format(this);

    /// <summary>Creates a value directly from its parts; the caller guarantees they are consistent.</summary>
    /// <param name="type">The type.</param>
    /// <param name="payload">The sequence or map payload.</param>
    /// <returns>The value.</returns>
    internal static HclValue FromPayload(HclType type, object payload) => new(type, payload, 0, 0, 0);

    /// <summary>Gets the payload of a known, non-null string, list, set, tuple, map or object value.</summary>
    /// <returns>The payload.</returns>
    internal object? Payload() => _ref;

    /// <summary>Gets the number of a known, non-null number value without checks.</summary>
    /// <returns>The number.</returns>
    internal HclNumber AsNumberUnchecked() => HclNumber.FromParts(_bits, _ref, _int);

    private static HclValue[] BuildSmallIntegers()
    {
        var result = new HclValue[257];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new HclValue(HclType.Number, null, i - 1, 0, 0);
        }

        return result;
    }
}
