using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Nomadic.Hcl.Functions.Library.Re2;

/// <summary>A compiled RE2 pattern with Go <c>regexp</c> matching conventions on top of .NET's non-backtracking engine.</summary>
internal sealed class GoRegex
{
    private const int CacheLimit = 256;
    private static readonly ConcurrentDictionary<string, GoRegex> Cache = new(StringComparer.Ordinal);

    private GoRegex(Regex regex, string[] groupNames)
    {
        Regex = regex;
        GroupNames = groupNames;
    }

    /// <summary>Gets the .NET regex.</summary>
    public Regex Regex { get; }

    /// <summary>Gets the names of the capture groups 1..n in pattern order (empty for unnamed), as Go's <c>SubexpNames()[1:]</c>.</summary>
    public string[] GroupNames { get; }

    /// <summary>Compiles an RE2 pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The regex.</returns>
    /// <exception cref="Re2SyntaxException">The pattern is invalid.</exception>
    public static GoRegex Compile(string pattern)
    {
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        var translated = Re2Translator.Translate(pattern);
        Regex regex;
        try
        {
            regex = Build(translated, RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            regex = Build(translated, RegexOptions.None);
        }
        catch (RegexParseException e)
        {
            throw Describe(pattern, e);
        }

        // .NET numbers unnamed groups before named ones; Go numbers all groups by their opening parenthesis.
        var names = new List<(int Index, string Name)>();
        foreach (var number in regex.GetGroupNumbers())
        {
            if (number == 0)
            {
                continue;
            }

            var name = regex.GroupNameFromNumber(number);
            names.Add((number, name == number.ToString(System.Globalization.CultureInfo.InvariantCulture) ? string.Empty : name));
        }

        var result = new GoRegex(regex, [.. names.Select(n => n.Name)]);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(pattern, result);
        }

        return result;
    }

    /// <summary>Finds successive non-overlapping matches as Go's <c>FindAll…</c>: an empty match right after a previous match is skipped.</summary>
    /// <param name="input">The text.</param>
    /// <returns>The matches.</returns>
    public List<Match> FindAll(string input)
    {
        var result = new List<Match>();
        var previousEnd = -1;
        for (var m = Regex.Match(input); m.Success; m = m.NextMatch())
        {
            if (m.Length == 0 && m.Index == previousEnd)
            {
                continue;
            }

            result.Add(m);
            previousEnd = m.Index + m.Length;
        }

        return result;
    }

    /// <summary>Replaces every match as Go's <c>ReplaceAllString</c>, expanding <c>$1</c>, <c>${name}</c> and <c>$$</c> in the template.</summary>
    /// <param name="input">The text.</param>
    /// <param name="template">The replacement template.</param>
    /// <returns>The result.</returns>
    public string ReplaceAll(string input, string template)
    {
        var sb = new StringBuilder(input.Length);
        var last = 0;
        foreach (var m in FindAll(input))
        {
            sb.Append(input, last, m.Index - last);
            Expand(sb, template, m);
            last = m.Index + m.Length;
        }

        sb.Append(input, last, input.Length - last);
        return sb.ToString();
    }

    /// <summary>Gets the group that Go numbers <paramref name="goIndex"/> (1-based, in pattern order).</summary>
    /// <param name="match">The match.</param>
    /// <param name="goIndex">The group index.</param>
    /// <returns>The group.</returns>
    public Group GroupAt(Match match, int goIndex)
    {
        var name = GroupNames[goIndex - 1];
        return name.Length > 0 ? match.Groups[name] : match.Groups[goIndex];
    }

    private static Regex Build(string pattern, RegexOptions extra) =>
        new(pattern, RegexOptions.CultureInvariant | extra, TimeSpan.FromSeconds(10));

    private static Re2SyntaxException Describe(string pattern, RegexParseException e)
    {
        var (code, expression) = e.Error switch
        {
            RegexParseError.InsufficientClosingParentheses => ("missing closing )", pattern),
            RegexParseError.InsufficientOpeningParentheses => ("unexpected )", pattern),
            RegexParseError.UnterminatedBracket => ("missing closing ]", pattern[Math.Max(0, pattern.LastIndexOf('['))..]),
            RegexParseError.QuantifierAfterNothing => ("missing argument to repetition operator", Near(pattern, e.Offset)),
            RegexParseError.NestedQuantifiersNotParenthesized => ("invalid nested repetition operator", Near(pattern, e.Offset)),
            RegexParseError.ReversedCharacterRange => ("invalid character class range", Near(pattern, e.Offset)),
            RegexParseError.ReversedQuantifierRange => ("invalid repeat count", Near(pattern, e.Offset)),
            _ => (e.Message, pattern),
        };
        return new Re2SyntaxException(code, expression, e);
    }

    private static string Near(string pattern, int offset)
    {
        var end = Math.Clamp(offset, 0, pattern.Length);
        var start = Math.Max(0, end - 2);
        return pattern[start..end];
    }

    private void Expand(StringBuilder sb, string template, Match match)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c != '$' || i + 1 >= template.Length)
            {
                sb.Append(c);
                continue;
            }

            if (template[i + 1] == '$')
            {
                sb.Append('$');
                i++;
                continue;
            }

            string? name = null;
            var end = i;
            if (template[i + 1] == '{')
            {
                var close = template.IndexOf('}', i + 2);
                if (close > i + 2 && template.AsSpan(i + 2, close - i - 2).ToString().All(IsNameChar))
                {
                    name = template[(i + 2)..close];
                    end = close;
                }
            }
            else
            {
                var j = i + 1;
                while (j < template.Length && IsNameChar(template[j]))
                {
                    j++;
                }

                if (j > i + 1)
                {
                    name = template[(i + 1)..j];
                    end = j - 1;
                }
            }

            if (name is null)
            {
                sb.Append('$');
                continue;
            }

            sb.Append(GroupText(match, name));
            i = end;
        }
    }

    private string GroupText(Match match, string name)
    {
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            if (number == 0)
            {
                return match.Value;
            }

            return number <= GroupNames.Length && GroupAt(match, number) is { Success: true } g ? g.Value : string.Empty;
        }

        for (var i = 0; i < GroupNames.Length; i++)
        {
            if (string.Equals(GroupNames[i], name, StringComparison.Ordinal))
            {
                var g = match.Groups[name];
                return g.Success ? g.Value : string.Empty;
            }
        }

        return string.Empty;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
