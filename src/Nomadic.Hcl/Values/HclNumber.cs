using System.Numerics;

namespace Nomadic.Hcl.Values;

/// <summary>
/// An arbitrary-precision decimal number: HCL's <c>number</c>. The value is <c>mantissa × 10^exponent</c>,
/// normalized so that the mantissa has no trailing decimal zeros; equal numbers therefore have equal representations.
/// </summary>
/// <remarks>
/// Mantissas that fit in a <see cref="long"/> are stored inline without allocating. The default value is zero.
/// </remarks>
public readonly partial struct HclNumber : IEquatable<HclNumber>, IComparable<HclNumber>
{
    /// <summary>The largest decimal exponent (in absolute value) a parsed number may have.</summary>
    public const int MaxParseExponent = 100_000;

    private const int MaxExponent = int.MaxValue / 4;

    private readonly long _small;
    private readonly BigMantissa? _big;
    private readonly int _exponent;

    private HclNumber(long small, BigMantissa? big, int exponent)
    {
        _small = small;
        _big = big;
        _exponent = exponent;
    }

    /// <summary>Gets zero.</summary>
    public static HclNumber Zero => default;

    /// <summary>Gets one.</summary>
    public static HclNumber One => new(1, null, 0);

    /// <summary>Gets the sign: -1, 0 or 1.</summary>
    public int Sign => _big is { } b ? b.Value.Sign : Math.Sign(_small);

    /// <summary>Gets a value indicating whether the number is a whole number.</summary>
    public bool IsInteger => _exponent >= 0;

    /// <summary>Gets the unscaled value.</summary>
    internal BigInteger Mantissa => _big is { } b ? b.Value : _small;

    /// <summary>Gets the power of ten the mantissa is scaled by.</summary>
    internal int Exponent => _exponent;

    /// <summary>Gets a value indicating whether the mantissa is stored inline.</summary>
    internal bool IsSmall => _big is null;

    /// <summary>Gets the inline mantissa; meaningful only when <see cref="IsSmall"/>.</summary>
    internal long SmallMantissa => _small;

    /// <summary>Gets the boxed mantissa, if any, for compact storage inside <see cref="HclValue"/>.</summary>
    internal object? BigReference => _big;

    /// <summary>Converts an <see cref="int"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator HclNumber(int value) => FromInt64(value);

    /// <summary>Converts a <see cref="long"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator HclNumber(long value) => FromInt64(value);

    /// <summary>Compares two numbers for equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(HclNumber left, HclNumber right) => left.Equals(right);

    /// <summary>Compares two numbers for inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(HclNumber left, HclNumber right) => !left.Equals(right);

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is smaller.</returns>
    public static bool operator <(HclNumber left, HclNumber right) => left.CompareTo(right) < 0;

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is larger.</returns>
    public static bool operator >(HclNumber left, HclNumber right) => left.CompareTo(right) > 0;

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(HclNumber left, HclNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two numbers.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>Whether <paramref name="left"/> is larger or equal.</returns>
    public static bool operator >=(HclNumber left, HclNumber right) => left.CompareTo(right) >= 0;

    /// <summary>Creates a number from a 64-bit integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static HclNumber FromInt64(long value) => Create(value, 0);

    /// <summary>Creates a number from an arbitrary-size integer.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static HclNumber FromBigInteger(BigInteger value) => Create(value, 0);

    /// <summary>Restores a number from the parts exposed by <see cref="SmallMantissa"/>, <see cref="BigReference"/> and <see cref="Exponent"/>.</summary>
    /// <param name="small">The inline mantissa.</param>
    /// <param name="big">The boxed mantissa, or null.</param>
    /// <param name="exponent">The exponent.</param>
    /// <returns>The number.</returns>
    internal static HclNumber FromParts(long small, object? big, int exponent) => new(small, (BigMantissa?)big, exponent);

    /// <summary>Creates a normalized number from a mantissa and exponent.</summary>
    /// <param name="mantissa">The unscaled value.</param>
    /// <param name="exponent">The power of ten.</param>
    /// <returns>The number.</returns>
    internal static HclNumber Create(long mantissa, long exponent)
    {
        if (mantissa == 0)
        {
            return default;
        }

        while (mantissa % 10 == 0)
        {
            mantissa /= 10;
            exponent++;
        }

        return new HclNumber(mantissa, null, CheckExponent(exponent));
    }

    /// <summary>Creates a normalized number from a mantissa and exponent.</summary>
    /// <param name="mantissa">The unscaled value.</param>
    /// <param name="exponent">The power of ten.</param>
    /// <returns>The number.</returns>
    internal static HclNumber Create(BigInteger mantissa, long exponent)
    {
        if (mantissa >= long.MinValue && mantissa <= long.MaxValue)
        {
            return Create((long)mantissa, exponent);
        }

        if (mantissa.IsEven)
        {
            while (true)
            {
                var q = BigInteger.DivRem(mantissa, Pow10Table.Big(16), out var r);
                if (!r.IsZero)
                {
                    break;
                }

                mantissa = q;
                exponent += 16;
            }

            while (true)
            {
                var q = BigInteger.DivRem(mantissa, 10, out var r);
                if (!r.IsZero)
                {
                    break;
                }

                mantissa = q;
                exponent++;
            }

            if (mantissa >= long.MinValue && mantissa <= long.MaxValue)
            {
                return Create((long)mantissa, exponent);
            }
        }

        return new HclNumber(0, new BigMantissa(mantissa), CheckExponent(exponent));
    }

    /// <inheritdoc/>
    public bool Equals(HclNumber other)
    {
        if (_exponent != other._exponent)
        {
            return false;
        }

        return _big is null
            ? other._big is null && _small == other._small
            : other._big is not null && _big.Value.Equals(other._big.Value);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is HclNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        _big is null ? HashCode.Combine(_small, _exponent) : HashCode.Combine(_big.Value, _exponent);

    /// <inheritdoc/>
    public int CompareTo(HclNumber other)
    {
        if (_big is null && other._big is null && _exponent == other._exponent)
        {
            return _small.CompareTo(other._small);
        }

        var sa = Sign;
        var sb = other.Sign;
        if (sa != sb)
        {
            return sa.CompareTo(sb);
        }

        if (sa == 0)
        {
            return 0;
        }

        // Same sign: compare the position of the leading digit first.
        var ma = Mantissa;
        var mb = other.Mantissa;
        var leadA = (long)_exponent + Pow10Table.DigitCount(ma);
        var leadB = (long)other._exponent + Pow10Table.DigitCount(mb);
        if (leadA != leadB)
        {
            return sa * leadA.CompareTo(leadB);
        }

        var e = Math.Min(_exponent, other._exponent);
        var a = ma * Pow10Table.Big(_exponent - e);
        var b = mb * Pow10Table.Big(other._exponent - e);
        return a.CompareTo(b);
    }

    private static int CheckExponent(long exponent) =>
        exponent is > MaxExponent or < -MaxExponent
            ? throw new OverflowException("The number is too large or too small to represent.")
            : (int)exponent;

    /// <summary>Boxes a mantissa that does not fit in a <see cref="long"/>.</summary>
    private sealed class BigMantissa(BigInteger value)
    {
        public BigInteger Value { get; } = value;
    }
}
