using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Internal;

/// <summary>Go's text conventions that cty's messages and results show: quoting, whitespace, title case, graphemes.</summary>
internal static class GoText
{
    /// <summary>Quotes a string as Go's <c>strconv.Quote</c> (and <c>%q</c>) does.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The quoted string.</returns>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        AppendEscaped(sb, s, '"');
        return sb.Append('"').ToString();
    }

    /// <summary>Quotes a character as Go's <c>%q</c> does for a rune.</summary>
    /// <param name="rune">The character.</param>
    /// <returns>The quoted character.</returns>
    public static string QuoteRune(Rune rune)
    {
        var sb = new StringBuilder().Append('\'');
        AppendEscaped(sb, rune.ToString(), '\'');
        return sb.Append('\'').ToString();
    }

    /// <summary>Tests whether a character is white space as Go's <c>unicode.IsSpace</c> sees it.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is white space.</returns>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Trims white space from both ends as Go's <c>strings.TrimSpace</c>.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The trimmed string.</returns>
    public static string TrimSpace(string s) => s.Trim();

    /// <summary>Upper-cases the first letter of each word as Go's deprecated <c>strings.Title</c>.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The title-cased string.</returns>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousIsSeparator = true;
        foreach (var rune in s.EnumerateRunes())
        {
            sb.Append(previousIsSeparator ? Rune.ToUpperInvariant(rune).ToString() : rune.ToString());
            previousIsSeparator = IsSeparator(rune);
        }

        return sb.ToString();
    }

    /// <summary>Splits a string into extended grapheme clusters.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The clusters, in order.</returns>
    public static List<string> Graphemes(string s)
    {
        var result = new List<string>(s.Length);
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext())
        {
            result.Add(e.GetTextElement());
        }

        return result;
    }

    /// <summary>Counts extended grapheme clusters.</summary>
    /// <param name="s">The string.</param>
    /// <returns>The count.</returns>
    public static int GraphemeCount(string s) => new StringInfo(s).LengthInTextElements;

    private static bool IsSeparator(Rune rune)
    {
        if (rune.Value <= 0x7F)
        {
            var c = (char)rune.Value;
            return !(char.IsAsciiLetterOrDigit(c) || c == '_');
        }

        if (Rune.IsLetter(rune) || Rune.IsDigit(rune))
        {
            return false;
        }

        return Rune.IsWhiteSpace(rune);
    }

    private static void AppendEscaped(StringBuilder sb, string s, char quote)
    {
        foreach (var rune in s.EnumerateRunes())
        {
            var v = rune.Value;
            if (v == quote || v == '\\')
            {
                sb.Append('\\').Append((char)v);
                continue;
            }

            switch (v)
            {
                case '\a': sb.Append("\\a"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\v': sb.Append("\\v"); continue;
            }

            if (v < 0x20 || v == 0x7F)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{v:x2}");
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            var printable = v == ' ' || category is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
                or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator);
            if (printable)
            {
                sb.Append(rune.ToString());
            }
            else if (v < 0x10000)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{v:x4}");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\U{v:x8}");
            }
        }
    }
}
