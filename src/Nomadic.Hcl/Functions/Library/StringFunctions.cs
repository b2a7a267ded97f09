using Nomadic.Hcl.Internal;
using System.Text;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>
/// The string functions of cty's stdlib: upper, lower, strrev (also registered by Nomad as reverse), strlen, substr,
/// join, sort, split, chomp, indent, title, trimspace, trim, trimprefix, trimsuffix, replace.
/// </summary>
internal static class StringFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    public static void Register(IDictionary<string, HclFunction> functions)
    {
        var str = P("str", HclType.String, allowDynamic: true);
        functions["upper"] = HclFunction.Create("upper", [str], HclType.String,
            a => HclValue.String(a[0].AsString().ToUpperInvariant()), description: "Returns the given string with all Unicode letters translated to their uppercase equivalents.");
        functions["lower"] = HclFunction.Create("lower", [str], HclType.String,
            a => HclValue.String(a[0].AsString().ToLowerInvariant()), description: "Returns the given string with all Unicode letters translated to their lowercase equivalents.");
        functions["strrev"] = HclFunction.Create("strrev", [str], HclType.String, a => Reverse(a[0]), description: "Returns the given string with all of its Unicode characters in reverse order.");

        // Nomad registers cty's string ReverseFunc under "reverse" too, so reverse() reverses strings, not lists.
        functions["reverse"] = HclFunction.Create("reverse", [str], HclType.String, a => Reverse(a[0]), description: "Returns the given string with all of its Unicode characters in reverse order.");
        functions["strlen"] = HclFunction.Create("strlen", [P("str", HclType.String, allowUnknown: true, allowDynamic: true)], HclType.Number,
            a => a[0].IsKnown ? HclValue.Number(GoText.GraphemeCount(a[0].AsString())) : HclValue.Unknown(HclType.Number),
            description: "Returns the number of Unicode characters (technically: grapheme clusters) in the given string.");
        functions["substr"] = HclFunction.Create(
            "substr",
            [str, P("offset", HclType.Number, allowDynamic: true), P("length", HclType.Number, allowDynamic: true)],
            HclType.String,
            a => HclValue.String(Substring(a[0].AsString(), Int(a[1]), Int(a[2]))),
            description: "Extracts a substring from the given string.");
        functions["join"] = HclFunction.Create("join", [P("separator", HclType.String)], HclType.String, Join,
            P("lists", HclType.List(HclType.String)), "Concatenates together the elements of all given lists with a delimiter, producing a single string.");
        functions["sort"] = HclFunction.Create("sort", [P("list", HclType.List(HclType.String), allowUnknown: true)], HclType.List(HclType.String), Sort,
            description: "Applies a lexicographic sort to the elements of the given list.");
        functions["split"] = HclFunction.Create("split", [P("separator", HclType.String), P("str", HclType.String)], HclType.List(HclType.String),
            a => ListOf(HclType.String, [.. Split(a[1].AsString(), a[0].AsString()).Select(HclValue.String)]),
            description: "Produces a list of one or more strings by splitting the given string at all instances of a given separator substring.");
        functions["chomp"] = HclFunction.Create("chomp", [P("str", HclType.String)], HclType.String,
            a => HclValue.String(a[0].AsString().TrimEnd('\r', '\n')), description: "Removes one or more newline characters from the end of the given string.");
        functions["indent"] = HclFunction.Create("indent", [P("spaces", HclType.Number), P("str", HclType.String)], HclType.String, Indent,
            description: "Adds a given number of spaces after each newline character in the given string.");
        functions["title"] = HclFunction.Create("title", [P("str", HclType.String)], HclType.String,
            a => HclValue.String(GoText.Title(a[0].AsString())), description: "Replaces one letter after each non-letter and non-digit character with its uppercase equivalent.");
        functions["trimspace"] = HclFunction.Create("trimspace", [P("str", HclType.String)], HclType.String,
            a => HclValue.String(GoText.TrimSpace(a[0].AsString())), description: "Removes any consecutive space characters (as defined by Unicode) from the start and end of the given string.");
        functions["trim"] = HclFunction.Create("trim", [P("str", HclType.String), P("cutset", HclType.String)], HclType.String,
            a => HclValue.String(Trim(a[0].AsString(), a[1].AsString())), description: "Removes consecutive sequences of characters in \"cutset\" from the start and end of the given string.");
        functions["trimprefix"] = HclFunction.Create("trimprefix", [P("str", HclType.String), P("prefix", HclType.String)], HclType.String,
            a => HclValue.String(TrimPrefix(a[0].AsString(), a[1].AsString())), description: "Removes the given prefix from the start of the given string, if present.");
        functions["trimsuffix"] = HclFunction.Create("trimsuffix", [P("str", HclType.String), P("suffix", HclType.String)], HclType.String,
            a => HclValue.String(TrimSuffix(a[0].AsString(), a[1].AsString())), description: "Removes the given suffix from the start of the given string, if present.");
        functions["replace"] = HclFunction.Create("replace", [P("str", HclType.String), P("substr", HclType.String), P("replace", HclType.String)], HclType.String,
            a => HclValue.String(ReplaceAll(a[0].AsString(), a[1].AsString(), a[2].AsString())),
            description: "Replaces all instances of the given substring in the given string with the given replacement string.");
    }

    /// <summary>Splits as Go's <c>strings.Split</c>: an empty separator splits between characters.</summary>
    /// <param name="s">The string.</param>
    /// <param name="separator">The separator.</param>
    /// <returns>The parts; none when both are empty.</returns>
    public static List<string> Split(string s, string separator)
    {
        if (separator.Length == 0)
        {
            return [.. s.EnumerateRunes().Select(r => r.ToString())];
        }

        return [.. s.Split(separator, StringSplitOptions.None)];
    }

    /// <summary>Replaces as Go's <c>strings.Replace(s, old, new, -1)</c>: an empty <paramref name="old"/> matches before every character and at the end.</summary>
    /// <param name="s">The string.</param>
    /// <param name="old">The text to replace.</param>
    /// <param name="replacement">The replacement.</param>
    /// <returns>The result.</returns>
    public static string ReplaceAll(string s, string old, string replacement)
    {
        if (old.Length > 0)
        {
            return s.Replace(old, replacement, StringComparison.Ordinal);
        }

        var sb = new StringBuilder(s.Length * (replacement.Length + 1));
        sb.Append(replacement);
        foreach (var rune in s.EnumerateRunes())
        {
            sb.Append(rune.ToString()).Append(replacement);
        }

        return sb.ToString();
    }

    private static HclValue Reverse(HclValue value)
    {
        var clusters = GoText.Graphemes(value.AsString());
        clusters.Reverse();
        return HclValue.String(string.Concat(clusters));
    }

    private static string Substring(string s, long offset, long length)
    {
        var clusters = GoText.Graphemes(s);
        if (offset < 0)
        {
            offset += clusters.Count;
        }
        else if (length == 0)
        {
            return string.Empty;
        }

        var start = 0;
        if (offset > 0)
        {
            if (offset > clusters.Count)
            {
                return string.Empty;
            }

            start = (int)offset;
        }

        var remaining = clusters.Count - start;
        var take = length <= 0 || length > remaining ? remaining : (int)length;
        return string.Concat(clusters.Skip(start).Take(take));
    }

    private static HclValue Join(IReadOnlyList<HclValue> args)
    {
        var separator = args[0].AsString();
        if (args.Count < 2)
        {
            throw new HclFunctionException("at least one list is required");
        }

        var items = new List<string>();
        for (var listIndex = 1; listIndex < args.Count; listIndex++)
        {
            var elements = args[listIndex].Elements;
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i].IsNull)
                {
                    throw new HclFunctionException(listIndex, args.Count > 2
                        ? $"element {i} of list {listIndex} is null; cannot concatenate null values"
                        : $"element {i} is null; cannot concatenate null values");
                }

                items.Add(elements[i].AsString());
            }
        }

        return HclValue.String(string.Join(separator, items));
    }

    private static HclValue Sort(IReadOnlyList<HclValue> args)
    {
        var list = args[0];
        if (!list.IsWhollyKnown)
        {
            return HclValue.Unknown(HclType.List(HclType.String));
        }

        var items = new List<string>(list.Elements.Count);
        for (var i = 0; i < list.Elements.Count; i++)
        {
            var element = list.Elements[i];
            if (element.IsNull)
            {
                throw new HclFunctionException($"given list element {i} is null; a null string cannot be sorted");
            }

            items.Add(element.AsString());
        }

        items.Sort(Utf8Order);
        return ListOf(HclType.String, [.. items.Select(HclValue.String)]);
    }

    private static int Utf8Order(string? x, string? y) => Values.Text.CodePointComparer.Instance.Compare(x, y);

    private static HclValue Indent(IReadOnlyList<HclValue> args)
    {
        var spaces = Int(args[0]);
        if (spaces < 0)
        {
            throw new HclFunctionException(0, "the number of spaces must not be negative");
        }

        return HclValue.String(args[1].AsString().Replace("\n", "\n" + new string(' ', (int)spaces), StringComparison.Ordinal));
    }

    private static string Trim(string s, string cutset)
    {
        var runes = s.EnumerateRunes().ToList();
        var cut = cutset.EnumerateRunes().ToHashSet();
        var start = 0;
        var end = runes.Count;
        while (start < end && cut.Contains(runes[start]))
        {
            start++;
        }

        while (end > start && cut.Contains(runes[end - 1]))
        {
            end--;
        }

        return string.Concat(runes.Skip(start).Take(end - start).Select(r => r.ToString()));
    }

    private static string TrimPrefix(string s, string prefix) =>
        s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;

    private static string TrimSuffix(string s, string suffix) =>
        s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;
}
