using System.Buffers;
using System.Globalization;
using System.Numerics;

namespace Nomadic.Hcl.Values;

/// <content>Parsing, with the grammar of Go's <c>big.ParseFloat(s, 10, …)</c> that cty uses.</content>
public readonly partial struct HclNumber
{
    /// <summary>
    /// Parses a decimal number the way cty's <c>ParseNumberVal</c> does: an optional <c>+</c> or <c>-</c>, digits with
    /// an optional decimal point (<c>1.</c> and <c>.5</c> are allowed), and an optional exponent: <c>e</c>/<c>E</c>
    /// (power of ten) or <c>p</c>/<c>P</c> (power of two), with an optional sign. No spaces, prefixes, underscores
    /// or infinities. Exponents beyond ±<see cref="MaxParseExponent"/> are rejected.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="n">The number, when the text is valid.</param>
    /// <returns>Whether the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out HclNumber n)
    {
        n = default;
        var i = 0;
        var negative = false;
        if (i < s.Length && (s[i] == '+' || s[i] == '-'))
        {
            negative = s[i] == '-';
            i++;
        }

        var mantissaStart = i;
        var digitCount = 0;
        var fractionDigits = 0;
        var seenPoint = false;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                digitCount++;
                if (seenPoint)
                {
                    fractionDigits++;
                }
            }
            else if (c == '.' && !seenPoint)
            {
                seenPoint = true;
            }
            else
            {
                break;
            }
        }

        if (digitCount == 0)
        {
            return false;
        }

        var mantissaText = s[mantissaStart..i];
        var binary = false;
        long exponent = 0;
        if (i < s.Length)
        {
            var marker = s[i];
            if (marker is 'e' or 'E')
            {
                binary = false;
            }
            else if (marker is 'p' or 'P')
            {
                binary = true;
            }
            else
            {
                return false;
            }

            i++;
            var expNegative = false;
            if (i < s.Length && (s[i] == '+' || s[i] == '-'))
            {
                expNegative = s[i] == '-';
                i++;
            }

            var expDigits = 0;
            for (; i < s.Length && s[i] is >= '0' and <= '9'; i++)
            {
                expDigits++;
                if (exponent <= int.MaxValue)
                {
                    exponent = (exponent * 10) + (s[i] - '0');
                }
            }

            if (expDigits == 0 || i != s.Length)
            {
                return false;
            }

            if (expNegative)
            {
                exponent = -exponent;
            }
        }

        var mantissa = ParseDigits(mantissaText, digitCount, out var trailingZeros);
        if (mantissa.IsZero)
        {
            n = Zero;
            return true;
        }

        if (Math.Abs(exponent) > MaxParseExponent)
        {
            return false;
        }

        var scale = (long)trailingZeros - fractionDigits;
        if (binary)
        {
            if (exponent >= 0)
            {
                mantissa <<= (int)exponent;
            }
            else
            {
                mantissa *= BigInteger.Pow(5, (int)-exponent);
                scale += exponent;
            }
        }
        else
        {
            scale += exponent;
        }

        var leading = scale + Pow10Table.DigitCount(mantissa);
        if (leading > MaxParseExponent + 1 || scale < -2L * MaxParseExponent)
        {
            return false;
        }

        n = Create(negative ? -mantissa : mantissa, scale);
        return true;
    }

    /// <summary>Parses UTF-8 text; see <see cref="TryParse(ReadOnlySpan{char}, out HclNumber)"/>.</summary>
    /// <param name="utf8">The UTF-8 text.</param>
    /// <param name="n">The number, when the text is valid.</param>
    /// <returns>Whether the text is a valid number.</returns>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out HclNumber n)
    {
        char[]? rented = null;
        var chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : (rented = ArrayPool<char>.Shared.Rent(utf8.Length)).AsSpan(0, utf8.Length);
        try
        {
            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] > 0x7F)
                {
                    n = default;
                    return false;
                }

                chars[i] = (char)utf8[i];
            }

            return TryParse(chars, out n);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Parses a number, throwing on invalid text.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The number.</returns>
    /// <exception cref="FormatException">The text is not a number.</exception>
    public static HclNumber Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return TryParse(s.AsSpan(), out var n) ? n : throw new FormatException($"\"{s}\" is not a valid number.");
    }

    private static BigInteger ParseDigits(ReadOnlySpan<char> text, int digitCount, out int trailingZeros)
    {
        char[]? rented = null;
        var digits = digitCount <= 256 ? stackalloc char[digitCount] : (rented = ArrayPool<char>.Shared.Rent(digitCount)).AsSpan(0, digitCount);
        try
        {
            var count = 0;
            foreach (var c in text)
            {
                if (c != '.' && (count > 0 || c != '0'))
                {
                    digits[count++] = c;
                }
            }

            var used = digits[..count];
            var end = used.Length;
            while (end > 0 && used[end - 1] == '0')
            {
                end--;
            }

            trailingZeros = used.Length - end;
            used = used[..end];
            if (used.IsEmpty)
            {
                return BigInteger.Zero;
            }

            if (used.Length <= 18)
            {
                long value = 0;
                foreach (var c in used)
                {
                    value = (value * 10) + (c - '0');
                }

                return value;
            }

            return BigInteger.Parse(used, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
