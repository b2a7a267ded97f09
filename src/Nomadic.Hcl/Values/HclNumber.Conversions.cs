using System.Globalization;
using System.Numerics;

namespace Nomadic.Hcl.Values;

/// <content>Conversions to and from .NET numeric types.</content>
public readonly partial struct HclNumber
{
    /// <summary>Creates a number from a <see cref="double"/>, using its shortest round-trip decimal form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number; 0.1 becomes exactly 0.1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static HclNumber FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A number must be finite.");
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 9e15)
        {
            return FromInt64((long)value);
        }

        return TryParse(value.ToString("R", CultureInfo.InvariantCulture).AsSpan(), out var n)
            ? n
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The value cannot be represented.");
    }

    /// <summary>Creates a number from a <see cref="decimal"/>, exactly.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number.</returns>
    public static HclNumber FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var magnitude = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        return Create(bits[3] < 0 ? -magnitude : magnitude, -scale);
    }

    /// <summary>Converts to the nearest <see cref="double"/>; numbers beyond its range become infinities.</summary>
    /// <returns>The nearest double.</returns>
    public double ToDouble()
    {
        if (_big is null && _exponent == 0 && Math.Abs(_small) < (1L << 53))
        {
            return _small;
        }

        var text = Mantissa.ToString(CultureInfo.InvariantCulture) + "E" + _exponent.ToString(CultureInfo.InvariantCulture);
        return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Converts to an integer, truncating any fraction toward zero.</summary>
    /// <returns>The integer part.</returns>
    public BigInteger ToBigInteger()
    {
        if (_exponent >= 0)
        {
            return _exponent == 0 ? Mantissa : Mantissa * Pow10Table.Big(_exponent);
        }

        var digits = Pow10Table.DigitCount(Mantissa);
        return digits <= -_exponent ? BigInteger.Zero : BigInteger.Divide(Mantissa, Pow10Table.Big(-_exponent));
    }

    /// <summary>Converts to a <see cref="long"/> if the number is a whole number in range.</summary>
    /// <param name="value">The value, when it fits.</param>
    /// <returns>Whether the number is a whole number that fits.</returns>
    public bool TryToInt64(out long value)
    {
        if (_big is null && _exponent == 0)
        {
            value = _small;
            return true;
        }

        if (_exponent < 0 || _exponent > 18)
        {
            value = 0;
            return false;
        }

        var big = ToBigInteger();
        if (big >= long.MinValue && big <= long.MaxValue)
        {
            value = (long)big;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Converts to an <see cref="int"/> if the number is a whole number in range.</summary>
    /// <param name="value">The value, when it fits.</param>
    /// <returns>Whether the number is a whole number that fits.</returns>
    public bool TryToInt32(out int value)
    {
        if (TryToInt64(out var l) && l is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)l;
            return true;
        }

        value = 0;
        return false;
    }
}
