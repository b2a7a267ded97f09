using System.Numerics;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library.Formatting;

/// <summary>
/// A decimal mantissa and point position as Go's <c>math/big</c> uses for float formatting: the value is
/// <c>0.Mantissa × 10^Exponent</c>. Ties are broken as they fall for cty's 512-bit binary numbers.
/// </summary>
internal sealed class GoDecimal
{
    private const int BinaryPrecision = 512;
    private readonly HclNumber _source;

    /// <summary>Initializes a new instance of the <see cref="GoDecimal"/> class.</summary>
    /// <param name="value">The number.</param>
    public GoDecimal(HclNumber value)
    {
        _source = value;
        Negative = value.Sign < 0;
        if (value.Sign == 0)
        {
            Mantissa = string.Empty;
            return;
        }

        var digits = BigInteger.Abs(value.Mantissa).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0');
        var trailing = BigInteger.Abs(value.Mantissa).ToString(System.Globalization.CultureInfo.InvariantCulture).Length - digits.Length;
        Mantissa = digits;
        Exponent = digits.Length + trailing + value.Exponent;
    }

    /// <summary>Gets a value indicating whether the number is negative.</summary>
    public bool Negative { get; }

    /// <summary>Gets the significant digits, without leading or trailing zeros; empty for zero.</summary>
    public string Mantissa { get; private set; }

    /// <summary>Gets the position of the decimal point relative to the start of <see cref="Mantissa"/>.</summary>
    public int Exponent { get; private set; }

    /// <summary>Gets the digit at position <paramref name="i"/>, or '0' outside the mantissa.</summary>
    /// <param name="i">The position.</param>
    /// <returns>The digit.</returns>
    public char At(int i) => i >= 0 && i < Mantissa.Length ? Mantissa[i] : '0';

    /// <summary>Rounds to <paramref name="n"/> significant digits.</summary>
    /// <param name="n">The number of digits to keep.</param>
    public void Round(int n)
    {
        if (n < 0 || n >= Mantissa.Length)
        {
            return;
        }

        if (ShouldRoundUp(n))
        {
            RoundUp(n);
        }
        else
        {
            Mantissa = Mantissa[..n].TrimEnd('0');
            if (Mantissa.Length == 0)
            {
                Exponent = 0;
            }
        }
    }

    private bool ShouldRoundUp(int n)
    {
        if (Mantissa[n] == '5' && n + 1 == Mantissa.Length)
        {
            return BinaryDirection() switch
            {
                > 0 => true,
                < 0 => false,
                _ => n > 0 && ((Mantissa[n - 1] - '0') & 1) != 0,
            };
        }

        return Mantissa[n] >= '5';
    }

    private void RoundUp(int n)
    {
        var chars = Mantissa[..n].ToCharArray();
        var i = n - 1;
        while (i >= 0 && chars[i] == '9')
        {
            i--;
        }

        if (i < 0)
        {
            Mantissa = "1";
            Exponent++;
            return;
        }

        chars[i]++;
        Mantissa = new string(chars, 0, i + 1);
    }

    /// <summary>
    /// Compares the 512-bit binary number cty would hold for this decimal with the decimal itself: 1 when the binary
    /// value is above, -1 below, 0 when the decimal is exactly representable.
    /// </summary>
    private int BinaryDirection()
    {
        if (_source.IsInteger)
        {
            return 0;
        }

        var m = BigInteger.Abs(_source.Mantissa);
        var scale = BigInteger.Pow(10, -_source.Exponent);

        // Find k so that m * 2^k / scale has exactly BinaryPrecision bits.
        var k = BinaryPrecision - (int)(m.GetBitLength() - scale.GetBitLength());
        while (true)
        {
            var q = k >= 0 ? (m << k) / scale : m / (scale << -k);
            var bits = q.GetBitLength();
            if (bits > BinaryPrecision)
            {
                k--;
            }
            else if (bits < BinaryPrecision)
            {
                k++;
            }
            else
            {
                break;
            }
        }

        var numerator = k >= 0 ? m << k : m;
        var denominator = k >= 0 ? scale : scale << -k;
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        if (remainder.IsZero)
        {
            return 0;
        }

        var twice = remainder * 2;
        var roundUp = twice > denominator || (twice == denominator && !quotient.IsEven);
        return roundUp ? 1 : -1;
    }
}
