using System.Globalization;

namespace Nomadic.Hcl.Values.Text;

/// <summary>Counts user-perceived characters (extended grapheme clusters), as cty's string length does.</summary>
internal static class Graphemes
{
    /// <summary>Counts the grapheme clusters in <paramref name="s"/>.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The number of grapheme clusters.</returns>
    public static int Count(string s)
    {
        var ascii = true;
        foreach (var c in s)
        {
            if (c >= 0x7F || c == '\r')
            {
                ascii = false;
                break;
            }
        }

        return ascii ? s.Length : new StringInfo(s).LengthInTextElements;
    }
}
