using System.Globalization;
using System.Numerics;
using System.Text;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions.Library.Formatting;

/// <summary>Go's <c>fmt</c> formatting of <c>*big.Float</c> (verbs e E f g G) and <c>*big.Int</c> (verbs b d o x X) with flags, width and precision.</summary>
internal static class GoNumberFormat
{
    /// <summary>Formats a number as Go's <c>big.Float.Text('g', -1)</c>: the shortest form, in exponent notation for large or small magnitudes.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string ShortestG(HclNumber value) => FloatText(value, 'g', -1);

    /// <summary>Formats a float verb.</summary>
    /// <param name="value">The number.</param>
    /// <param name="verb">The verb settings.</param>
    /// <returns>The text.</returns>
    public static string FormatFloat(HclNumber value, FormatVerb verb)
    {
        var prec = verb.HasPrecision ? verb.Precision : 6;
        if (verb.Mode is 'g' or 'G' && !verb.HasPrecision)
        {
            prec = -1;
        }

        var text = FloatText(value, verb.Mode, prec);
        var sign = string.Empty;
        if (text.StartsWith('-'))
        {
            sign = "-";
            text = text[1..];
        }
        else if (verb.Plus)
        {
            sign = "+";
        }
        else if (verb.Space)
        {
            sign = " ";
        }

        return Pad(sign, text, verb, zeroAllowed: true);
    }

    /// <summary>Formats an integer verb as Go's <c>big.Int.Format</c>.</summary>
    /// <param name="value">The integer.</param>
    /// <param name="verb">The verb settings.</param>
    /// <returns>The text.</returns>
    public static string FormatInteger(BigInteger value, FormatVerb verb)
    {
        var radix = verb.Mode switch
        {
            'b' => 2,
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        var sign = value.Sign < 0 ? "-" : verb.Plus ? "+" : verb.Space ? " " : string.Empty;
        var prefix = string.Empty;
        if (verb.Sharp)
        {
            prefix = verb.Mode switch
            {
                'b' => "0b",
                'o' => "0",
                'x' => "0x",
                'X' => "0X",
                _ => string.Empty,
            };
        }

        var digits = ToRadix(BigInteger.Abs(value), radix);
        if (verb.Mode == 'X')
        {
            digits = digits.ToUpperInvariant();
        }

        var zeros = 0;
        if (verb.HasPrecision)
        {
            if (digits.Length < verb.Precision)
            {
                zeros = verb.Precision - digits.Length;
            }
            else if (digits == "0" && verb.Precision == 0)
            {
                return string.Empty;
            }
        }

        var left = 0;
        var right = 0;
        var length = sign.Length + prefix.Length + zeros + digits.Length;
        if (verb.HasWidth && length < verb.Width)
        {
            var d = verb.Width - length;
            if (verb.Minus)
            {
                right = d;
            }
            else if (verb.Zero && !verb.HasPrecision)
            {
                zeros = d;
            }
            else
            {
                left = d;
            }
        }

        return new string(' ', left) + sign + prefix + new string('0', zeros) + digits + new string(' ', right);
    }

    private static string Pad(string sign, string text, FormatVerb verb, bool zeroAllowed)
    {
        var padding = verb.HasWidth && verb.Width > sign.Length + text.Length ? verb.Width - sign.Length - text.Length : 0;
        if (padding == 0)
        {
            return sign + text;
        }

        if (zeroAllowed && verb.Zero && !verb.Minus)
        {
            return sign + new string('0', padding) + text;
        }

        return verb.Minus ? sign + text + new string(' ', padding) : new string(' ', padding) + sign + text;
    }

    private static string ToRadix(BigInteger value, int radix)
    {
        if (radix == 10)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        if (value.IsZero)
        {
            return "0";
        }

        var sb = new StringBuilder();
        while (!value.IsZero)
        {
            value = BigInteger.DivRem(value, radix, out var digit);
            sb.Insert(0, "0123456789abcdef"[(int)digit]);
        }

        return sb.ToString();
    }

    private static string FloatText(HclNumber value, char format, int prec)
    {
        var d = new GoDecimal(value);
        var shortest = prec < 0;
        var fmt = format;
        if (shortest)
        {
            switch (char.ToLowerInvariant(fmt))
            {
                case 'e':
                    prec = d.Mantissa.Length - 1;
                    break;
                case 'f':
                    prec = Math.Max(d.Mantissa.Length - d.Exponent, 0);
                    break;
                default:
                    prec = d.Mantissa.Length;
                    break;
            }
        }
        else
        {
            switch (char.ToLowerInvariant(fmt))
            {
                case 'e':
                    d.Round(1 + prec);
                    break;
                case 'f':
                    d.Round(d.Exponent + prec);
                    break;
                default:
                    if (prec == 0)
                    {
                        prec = 1;
                    }

                    d.Round(prec);
                    break;
            }
        }

        var sb = new StringBuilder();
        if (d.Negative)
        {
            sb.Append('-');
        }

        switch (fmt)
        {
            case 'e' or 'E':
                AppendE(sb, fmt, prec, d);
                break;
            case 'f':
                AppendF(sb, prec, d);
                break;
            default:
                var eprec = prec;
                if (eprec > d.Mantissa.Length && d.Mantissa.Length >= d.Exponent)
                {
                    eprec = d.Mantissa.Length;
                }

                if (shortest)
                {
                    eprec = 6;
                }

                var exp = d.Exponent - 1;
                if (exp < -4 || exp >= eprec)
                {
                    if (prec > d.Mantissa.Length)
                    {
                        prec = d.Mantissa.Length;
                    }

                    AppendE(sb, fmt == 'G' ? 'E' : 'e', prec - 1, d);
                    break;
                }

                if (prec > d.Exponent)
                {
                    prec = d.Mantissa.Length;
                }

                AppendF(sb, Math.Max(prec - d.Exponent, 0), d);
                break;
        }

        return sb.ToString();
    }

    private static void AppendE(StringBuilder sb, char fmt, int prec, GoDecimal d)
    {
        sb.Append(d.Mantissa.Length > 0 ? d.Mantissa[0] : '0');
        if (prec > 0)
        {
            sb.Append('.');
            var i = 1;
            var m = Math.Min(d.Mantissa.Length, prec + 1);
            if (i < m)
            {
                sb.Append(d.Mantissa, i, m - i);
                i = m;
            }

            for (; i <= prec; i++)
            {
                sb.Append('0');
            }
        }

        sb.Append(fmt);
        long exp = d.Mantissa.Length > 0 ? d.Exponent - 1 : 0;
        sb.Append(exp < 0 ? '-' : '+');
        exp = Math.Abs(exp);
        if (exp < 10)
        {
            sb.Append('0');
        }

        sb.Append(exp.ToString(CultureInfo.InvariantCulture));
    }

    private static void AppendF(StringBuilder sb, int prec, GoDecimal d)
    {
        if (d.Exponent > 0)
        {
            var m = Math.Min(d.Mantissa.Length, d.Exponent);
            sb.Append(d.Mantissa, 0, m);
            for (; m < d.Exponent; m++)
            {
                sb.Append('0');
            }
        }
        else
        {
            sb.Append('0');
        }

        if (prec > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= prec; i++)
            {
                sb.Append(d.At(d.Exponent + i - 1));
            }
        }
    }
}
