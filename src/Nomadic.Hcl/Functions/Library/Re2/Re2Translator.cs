using System.Globalization;
using System.Text;

namespace Nomadic.Hcl.Functions.Library.Re2;

/// <summary>
/// Rewrites an RE2 (Go <c>regexp</c>) pattern into an equivalent .NET pattern: <c>(?P&lt;name&gt;…)</c> groups,
/// ASCII-only <c>\d \w \s</c>, <c>$</c> as end of text outside multi-line mode, <c>\Q…\E</c>, <c>\pL</c>,
/// <c>\x{…}</c>, POSIX classes; and rejects what RE2 rejects (back-references, look-around, atomic groups).
/// </summary>
internal static class Re2Translator
{
    private const string Word = "0-9A-Za-z_";
    private const string Digit = "0-9";
    private const string Space = "\\t\\n\\f\\r ";

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>Translates a pattern.</summary>
    /// <param name="pattern">The RE2 pattern.</param>
    /// <returns>The .NET pattern.</returns>
    /// <exception cref="Re2SyntaxException">The pattern uses syntax RE2 does not accept.</exception>
    public static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        var multiline = new Stack<bool>();
        var currentMultiline = false;
        var inClass = false;
        var classStart = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i = TranslateEscape(pattern, i, inClass, sb);
                continue;
            }

            if (inClass)
            {
                if (c == ']' && i > classStart)
                {
                    inClass = false;
                    sb.Append(']');
                }
                else if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var end = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    var name = end < 0 ? null : pattern[(i + 2)..end];
                    if (name is not null && PosixClasses.TryGetValue(name, out var ranges))
                    {
                        sb.Append(ranges);
                        i = end + 1;
                    }
                    else if (name is not null && name.StartsWith('^'))
                    {
                        throw new Re2SyntaxException("invalid character class range", pattern[i..(end + 2)]);
                    }
                    else
                    {
                        sb.Append("\\[");
                    }
                }
                else if (c == '[')
                {
                    sb.Append("\\[");
                }
                else
                {
                    sb.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    sb.Append('[');
                    classStart = i + 1;
                    if (classStart < pattern.Length && pattern[classStart] == '^')
                    {
                        sb.Append('^');
                        i++;
                        classStart++;
                    }

                    if (classStart < pattern.Length && pattern[classStart] == ']')
                    {
                        sb.Append("\\]");
                        i++;
                        classStart++;
                    }

                    break;
                case '$':
                    sb.Append(currentMultiline ? "(?m:$)" : "\\z");
                    break;
                case '(':
                    multiline.Push(currentMultiline);
                    i = TranslateGroupOpen(pattern, i, sb, ref currentMultiline, multiline);
                    break;
                case ')':
                    currentMultiline = multiline.Count > 0 ? multiline.Pop() : currentMultiline;
                    sb.Append(')');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static int TranslateGroupOpen(string pattern, int i, StringBuilder sb, ref bool currentMultiline, Stack<bool> stack)
    {
        if (i + 1 >= pattern.Length || pattern[i + 1] != '?')
        {
            sb.Append('(');
            return i;
        }

        var rest = pattern.AsSpan(i);
        if (rest.StartsWith("(?P<") || rest.StartsWith("(?<") && !rest.StartsWith("(?<=") && !rest.StartsWith("(?<!"))
        {
            var nameStart = i + (rest.StartsWith("(?P<") ? 4 : 3);
            var close = pattern.IndexOf('>', nameStart);
            if (close < 0)
            {
                throw new Re2SyntaxException("invalid named capture", pattern[i..]);
            }

            var name = pattern[nameStart..close];
            if (name.Length == 0 || !name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_'))
            {
                throw new Re2SyntaxException("invalid named capture", pattern[i..(close + 1)]);
            }

            sb.Append("(?<").Append(name).Append('>');
            return close;
        }

        // Flag groups: (?flags) and (?flags:...), flags among i, m, s, U with an optional '-'.
        var j = i + 2;
        var negate = false;
        var m = currentMultiline;
        var flags = new StringBuilder();
        while (j < pattern.Length && pattern[j] is 'i' or 'm' or 's' or 'U' or '-')
        {
            if (pattern[j] == '-')
            {
                negate = true;
            }
            else if (pattern[j] == 'm')
            {
                m = !negate;
            }
            else if (pattern[j] == 'U')
            {
                throw new Re2SyntaxException("invalid or unsupported Perl syntax", pattern[i..(j + 1)]);
            }

            flags.Append(pattern[j]);
            j++;
        }

        if (j < pattern.Length && (pattern[j] == ')' || pattern[j] == ':') && flags.Length > 0)
        {
            if (pattern[j] == ')')
            {
                // (?flags) applies to the rest of the enclosing group: undo the push made for this '('.
                stack.Pop();
                currentMultiline = m;
                sb.Append("(?").Append(flags).Append(')');
            }
            else
            {
                currentMultiline = m;
                sb.Append("(?").Append(flags).Append(':');
            }

            return j;
        }

        if (j < pattern.Length && pattern[j] == ':' && flags.Length == 0)
        {
            sb.Append("(?:");
            return j;
        }

        var end = Math.Min(pattern.Length, i + 3);
        if (i + 3 < pattern.Length && pattern[i + 2] == '<')
        {
            end = i + 4;
        }

        throw new Re2SyntaxException("invalid or unsupported Perl syntax", pattern[i..end]);
    }

    private static int TranslateEscape(string pattern, int i, bool inClass, StringBuilder sb)
    {
        if (i + 1 >= pattern.Length)
        {
            throw new Re2SyntaxException("trailing backslash at end of expression", string.Empty);
        }

        var next = pattern[i + 1];
        switch (next)
        {
            case >= '1' and <= '9':
                throw new Re2SyntaxException("invalid escape sequence", pattern.Substring(i, 2));
            case 'd':
                sb.Append(inClass ? Digit : "[" + Digit + "]");
                return i + 1;
            case 'D':
                sb.Append(inClass ? "\\D" : "[^" + Digit + "]");
                return i + 1;
            case 'w':
                sb.Append(inClass ? Word : "[" + Word + "]");
                return i + 1;
            case 'W':
                sb.Append(inClass ? "\\W" : "[^" + Word + "]");
                return i + 1;
            case 's':
                sb.Append(inClass ? Space : "[" + Space + "]");
                return i + 1;
            case 'S':
                sb.Append(inClass ? "\\S" : "[^" + Space + "]");
                return i + 1;
            case 'Q':
            {
                var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                foreach (var ch in literal)
                {
                    AppendLiteral(sb, ch);
                }

                return end < 0 ? pattern.Length - 1 : end + 1;
            }

            case 'p' or 'P' when i + 2 < pattern.Length && pattern[i + 2] != '{':
                sb.Append('\\').Append(next).Append('{').Append(pattern[i + 2]).Append('}');
                return i + 2;
            case 'x' when i + 2 < pattern.Length && pattern[i + 2] == '{':
            {
                var close = pattern.IndexOf('}', i + 3);
                if (close < 0 || !int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) || code > 0x10FFFF)
                {
                    throw new Re2SyntaxException("invalid escape sequence", pattern[i..Math.Min(pattern.Length, close < 0 ? pattern.Length : close + 1)]);
                }

                foreach (var ch in char.ConvertFromUtf32(code))
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
                }

                return close;
            }

            case 'z' or 'A' or 'b' or 'B' or 'a' or 'f' or 't' or 'n' or 'r' or 'v' or 'x' or 'p' or 'P' or '0':
                sb.Append('\\').Append(next);
                return i + 1;
            default:
                if (char.IsAsciiLetterOrDigit(next))
                {
                    throw new Re2SyntaxException("invalid escape sequence", pattern.Substring(i, 2));
                }

                sb.Append('\\').Append(next);
                return i + 1;
        }
    }

    private static void AppendLiteral(StringBuilder sb, char ch)
    {
        if (char.IsAsciiLetterOrDigit(ch) || ch > 0x7F)
        {
            sb.Append(ch);
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)ch:X4}");
        }
    }
}
