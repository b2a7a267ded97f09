using System.Numerics;

namespace Nomadic.Hcl.Values;

/// <content>Arithmetic.</content>
public readonly partial struct HclNumber
{
    /// <summary>The number of significant decimal digits a quotient keeps (more than 256 bits' worth).</summary>
    public const int DivisionPrecision = 100;

    /// <summary>Adds two numbers exactly.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The sum.</returns>
    public static HclNumber operator +(HclNumber left, HclNumber right)
    {
        if (left._big is null && right._big is null && left._exponent == right._exponent)
        {
            var sum = (Int128)left._small + right._small;
            if (sum >= long.MinValue && sum <= long.MaxValue)
            {
                return Create((long)sum, left._exponent);
            }
        }

        if (left.Sign == 0)
        {
            return right;
        }

        if (right.Sign == 0)
        {
            return left;
        }

        var e = Math.Min(left._exponent, right._exponent);
        var a = left.Mantissa * Pow10Table.Big(left._exponent - e);
        var b = right.Mantissa * Pow10Table.Big(right._exponent - e);
        return Create(a + b, e);
    }

    /// <summary>Subtracts two numbers exactly.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The difference.</returns>
    public static HclNumber operator -(HclNumber left, HclNumber right) => left + (-right);

    /// <summary>Negates a number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The negation.</returns>
    public static HclNumber operator -(HclNumber value) =>
        value._big is null && value._small != long.MinValue
            ? new HclNumber(-value._small, null, value._exponent)
            : Create(-value.Mantissa, value._exponent);

    /// <summary>Multiplies two numbers exactly.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>The product.</returns>
    public static HclNumber operator *(HclNumber left, HclNumber right)
    {
        var e = (long)left._exponent + right._exponent;
        if (left._big is null && right._big is null)
        {
            var product = (Int128)left._small * right._small;
            if (product >= long.MinValue && product <= long.MaxValue)
            {
                return Create((long)product, e);
            }
        }

        return Create(left.Mantissa * right.Mantissa, e);
    }

    /// <summary>
    /// Divides two numbers. Exact quotients are exact; others keep <see cref="DivisionPrecision"/> significant
    /// digits, rounded half to even.
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static HclNumber operator /(HclNumber left, HclNumber right) => Divide(left, right, DivisionPrecision);

    /// <summary>
    /// The remainder as cty computes it: <c>a - b × trunc(a / b)</c>, so the result has the sign of the dividend;
    /// computed exactly. As in cty, a zero divisor gives back the dividend.
    /// </summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The remainder.</returns>
    public static HclNumber operator %(HclNumber left, HclNumber right)
    {
        if (right.Sign == 0)
        {
            return left;
        }

        if (left._big is null && right._big is null && left._exponent == right._exponent)
        {
            if (right._small == -1)
            {
                return Zero;
            }

            return Create(left._small % right._small, left._exponent);
        }

        var leadA = (long)left._exponent + Pow10Table.DigitCount(left.Mantissa);
        if (leadA < right._exponent)
        {
            // |left| < |right| (every digit of left is below right's lowest digit), so left is the remainder.
            return left;
        }

        var e = Math.Min(left._exponent, right._exponent);
        var a = left.Mantissa * Pow10Table.Big(left._exponent - e);
        var b = right.Mantissa * Pow10Table.Big(right._exponent - e);
        return Create(BigInteger.Remainder(a, b), e);
    }

    /// <summary>Divides keeping <paramref name="precision"/> significant digits, rounding half to even.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <param name="precision">The significant digits to keep when the quotient is not exact.</param>
    /// <returns>The quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static HclNumber Divide(HclNumber left, HclNumber right, int precision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(precision, 1);
        if (right.Sign == 0)
        {
            throw new DivideByZeroException("Division by zero.");
        }

        if (left.Sign == 0)
        {
            return Zero;
        }

        var ma = left.Mantissa;
        var mb = right.Mantissa;
        var shift = Math.Max(0, precision + Pow10Table.DigitCount(mb) - Pow10Table.DigitCount(ma) + 1);
        var numerator = ma * Pow10Table.Big(shift);
        var quotient = BigInteger.DivRem(numerator, mb, out var remainder);
        var exponent = (long)left._exponent - right._exponent - shift;
        if (remainder.IsZero)
        {
            return Create(quotient, exponent);
        }

        var negative = quotient.Sign < 0 || (quotient.IsZero && (ma.Sign < 0) != (mb.Sign < 0));
        var magnitude = BigInteger.Abs(quotient);
        var drop = Pow10Table.DigitCount(magnitude) - precision;
        if (drop > 0)
        {
            var unit = Pow10Table.Big(drop);
            var kept = BigInteger.DivRem(magnitude, unit, out var dropped);
            var twice = dropped * 2;

            // The division was inexact, so the true value is slightly above 'dropped': a tie rounds up.
            if (twice >= unit)
            {
                kept += 1;
            }

            magnitude = kept;
            exponent += drop;
        }

        return Create(negative ? -magnitude : magnitude, exponent);
    }

    /// <summary>Gets the absolute value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>|<paramref name="value"/>|.</returns>
    public static HclNumber Abs(HclNumber value) => value.Sign < 0 ? -value : value;

    /// <summary>Rounds toward negative infinity.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The largest integer not above <paramref name="value"/>.</returns>
    public static HclNumber Floor(HclNumber value) => RoundToInteger(value, towardPositive: false);

    /// <summary>Rounds toward positive infinity.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The smallest integer not below <paramref name="value"/>.</returns>
    public static HclNumber Ceiling(HclNumber value) => RoundToInteger(value, towardPositive: true);

    /// <summary>Rounds toward zero.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The integer part of <paramref name="value"/>.</returns>
    public static HclNumber Truncate(HclNumber value) => value.IsInteger ? value : FromBigInteger(value.ToBigInteger());

    /// <summary>
    /// Raises <paramref name="value"/> to a power. Integer powers of moderate size are computed exactly
    /// (negative ones by division); anything else goes through <see cref="Math.Pow(double, double)"/>.
    /// </summary>
    /// <param name="value">The base.</param>
    /// <param name="exponent">The power.</param>
    /// <returns>The result.</returns>
    /// <exception cref="DivideByZeroException">Zero is raised to a negative power.</exception>
    /// <exception cref="OverflowException">The result is too large to represent.</exception>
    /// <exception cref="ArithmeticException">The result is not a real number.</exception>
    public static HclNumber Pow(HclNumber value, HclNumber exponent)
    {
        if (exponent.TryToInt32(out var n))
        {
            if (n == 0)
            {
                return One;
            }

            if (value.Sign == 0)
            {
                return n > 0 ? Zero : throw new DivideByZeroException("Zero cannot be raised to a negative power.");
            }

            var abs = Math.Abs((long)n);
            var digits = (long)Pow10Table.DigitCount(value.Mantissa) * abs;
            var scale = Math.Abs((long)value._exponent * abs);
            if (digits <= MaxParseExponent && scale <= MaxExponent)
            {
                var power = Create(BigInteger.Pow(value.Mantissa, (int)abs), (long)value._exponent * abs);
                return n > 0 ? power : One / power;
            }
        }

        return FromDoubleResult(Math.Pow(value.ToDouble(), exponent.ToDouble()));
    }

    /// <summary>Computes the logarithm of <paramref name="value"/> in base <paramref name="newBase"/> (through <see cref="double"/>).</summary>
    /// <param name="value">The number.</param>
    /// <param name="newBase">The base.</param>
    /// <returns>The logarithm.</returns>
    /// <exception cref="ArithmeticException">The result is not a finite real number.</exception>
    public static HclNumber Log(HclNumber value, HclNumber newBase) =>
        FromDoubleResult(NaturalLog(value) / NaturalLog(newBase));

    private static double NaturalLog(HclNumber value)
    {
        if (value.Sign <= 0)
        {
            return value.Sign == 0 ? double.NegativeInfinity : double.NaN;
        }

        var d = value.ToDouble();
        return double.IsFinite(d) && d > 0
            ? Math.Log(d)
            : BigInteger.Log(value.Mantissa) + (value._exponent * Math.Log(10));
    }

    private static HclNumber FromDoubleResult(double result) =>
        double.IsNaN(result) ? throw new ArithmeticException("The result is not a real number.")
        : double.IsInfinity(result) ? throw new OverflowException("The result is too large to represent.")
        : FromDouble(result);

    private static HclNumber RoundToInteger(HclNumber value, bool towardPositive)
    {
        if (value.IsInteger)
        {
            return value;
        }

        var truncated = value.ToBigInteger();
        if (towardPositive && value.Sign > 0)
        {
            truncated += 1;
        }
        else if (!towardPositive && value.Sign < 0)
        {
            truncated -= 1;
        }

        return FromBigInteger(truncated);
    }
}
