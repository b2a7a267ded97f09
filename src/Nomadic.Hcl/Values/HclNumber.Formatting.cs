using System.Globalization;
using System.Numerics;
using System.Text;

namespace Nomadic.Hcl.Values;

/// <content>Text forms.</content>
public readonly partial struct HclNumber
{
    /// <summary>
    /// Formats the number as cty does when converting it to a string (Go's <c>big.Float.Text('f', -1)</c>): plain
    /// decimal notation, no exponent, no trailing zeros, e.g. <c>5</c>, <c>-12</c>, <c>0.1</c>, <c>-2.25</c>.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
    {
        if (_big is null && _exponent == 0)
        {
            return _small.ToString(CultureInfo.InvariantCulture);
        }

        var negative = Sign < 0;
        var digits = MagnitudeDigits();
        var sb = new StringBuilder(digits.Length + Math.Abs(_exponent) + 3);
        if (negative)
        {
            sb.Append('-');
        }

        if (_exponent >= 0)
        {
            sb.Append(digits).Append('0', _exponent);
        }
        else
        {
            var point = digits.Length + _exponent;
            if (point > 0)
            {
                sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
            }
            else
            {
                sb.Append("0.").Append('0', -point).Append(digits);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Formats the number as Go's <c>big.Float.String()</c> (<c>%.10g</c>), which cty uses inside set hash keys
    /// and therefore for the order of sets of non-primitive values.
    /// </summary>
    /// <returns>The text.</returns>
    internal string ToGoGeneral10()
    {
        if (Sign == 0)
        {
            return "0";
        }

        const int precision = 10;
        var digits = MagnitudeDigits();
        var pointPosition = digits.Length + _exponent;
        if (digits.Length > precision)
        {
            var roundUp = digits[precision] > '5'
                || (digits[precision] == '5' && (digits.Length > precision + 1 || (digits[precision - 1] - '0') % 2 == 1));
            var kept = digits[..precision].ToCharArray();
            if (roundUp)
            {
                var j = precision - 1;
                while (j >= 0 && kept[j] == '9')
                {
                    kept[j] = '0';
                    j--;
                }

                if (j < 0)
                {
                    kept = ['1', .. kept[..^1]];
                    pointPosition++;
                }
                else
                {
                    kept[j]++;
                }
            }

            digits = new string(kept).TrimEnd('0');
        }

        var sb = new StringBuilder();
        if (Sign < 0)
        {
            sb.Append('-');
        }

        var eprec = precision;
        if (eprec > digits.Length && digits.Length >= pointPosition)
        {
            eprec = digits.Length;
        }

        var exp = pointPosition - 1;
        if (exp < -4 || exp >= eprec)
        {
            var prec = Math.Min(precision, digits.Length) - 1;
            sb.Append(digits[0]);
            if (prec > 0)
            {
                sb.Append('.').Append(digits, 1, Math.Min(prec, digits.Length - 1));
            }

            sb.Append('e').Append(exp < 0 ? '-' : '+');
            var expAbs = Math.Abs(exp);
            if (expAbs < 10)
            {
                sb.Append('0');
            }

            sb.Append(expAbs.ToString(CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        var fprec = precision > pointPosition ? digits.Length : precision;
        var fraction = Math.Max(fprec - pointPosition, 0);
        if (pointPosition > 0)
        {
            var m = Math.Min(digits.Length, pointPosition);
            sb.Append(digits, 0, m).Append('0', pointPosition - m);
        }
        else
        {
            sb.Append('0');
        }

        if (fraction > 0)
        {
            sb.Append('.');
            for (var i = 0; i < fraction; i++)
            {
                var at = pointPosition + i;
                sb.Append(at >= 0 && at < digits.Length ? digits[at] : '0');
            }
        }

        return sb.ToString();
    }

    private string MagnitudeDigits() =>
        _big is null
            ? (_small == long.MinValue ? "9223372036854775808" : Math.Abs(_small).ToString(CultureInfo.InvariantCulture))
            : BigInteger.Abs(_big.Value).ToString(CultureInfo.InvariantCulture);
}
