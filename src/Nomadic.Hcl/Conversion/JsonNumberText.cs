using System.Globalization;
using System.Numerics;
using System.Text;

namespace Nomadic.Hcl.Conversion;

/// <summary>Writes an HCL number literal as the plain decimal text cty prints (no exponent, no needless zeros).</summary>
internal static class JsonNumberText
{
    public static string Normalize(ReadOnlySpan<byte> literal)
    {
        var text = Encoding.ASCII.GetString(literal);
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var digits = dot < 0 ? text : text.Remove(dot, 1);
        var scale = (dot < 0 ? 0 : text.Length - dot - 1) - exponent;
        var unscaled = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (unscaled.IsZero)
        {
            return "0";
        }

        while (scale > 0 && unscaled % 10 == 0)
        {
            unscaled /= 10;
            scale--;
        }

        if (scale <= 0)
        {
            return (unscaled * BigInteger.Pow(10, -scale)).ToString(CultureInfo.InvariantCulture);
        }

        var s = unscaled.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        return s[..^scale] + "." + s[^scale..];
    }

    public static string Negate(string number) => number == "0" ? "-0" : number.StartsWith('-') ? number[1..] : "-" + number;
}
