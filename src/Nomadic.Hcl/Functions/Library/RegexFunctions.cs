using System.Text.RegularExpressions;
using Nomadic.Hcl.Functions.Library.Re2;
using Nomadic.Hcl.Values;
using static Nomadic.Hcl.Functions.Library.Params;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>The regular-expression functions of cty's stdlib: regex_replace (Nomad's name for RegexReplaceFunc), regex and regexall.</summary>
internal static class RegexFunctions
{
    /// <summary>Adds the functions to <paramref name="functions"/>.</summary>
    /// <param name="functions">The table to fill.</param>
    /// <param name="includeExtensions">Whether to add regex and regexall, which Nomad does not register.</param>
    public static void Register(IDictionary<string, HclFunction> functions, bool includeExtensions)
    {
        functions["regex_replace"] = HclFunction.Create(
            "regex_replace",
            [P("str", HclType.String), P("pattern", HclType.String), P("replace", HclType.String)],
            HclType.String,
            RegexReplace,
            description: "Applies the given regular expression pattern to the given string and replaces all matches with the given replacement string.");
        if (!includeExtensions)
        {
            return;
        }

        FunctionParameter[] parameters = [P("pattern", HclType.String), P("string", HclType.String)];
        functions["regex"] = new HclFunction(
            "regex",
            parameters,
            null,
            a => a[0].IsKnown ? ResultType(a[0].AsString()) : HclType.Dynamic,
            (a, type) => Regex(a, type),
            "Applies the given regular expression pattern to the given string and returns information about a single match, or raises an error if there is no match.");
        functions["regexall"] = new HclFunction(
            "regexall",
            parameters,
            null,
            a => HclType.List(a[0].IsKnown ? ResultType(a[0].AsString()) : HclType.Dynamic),
            (a, type) => RegexAll(a, type),
            "Applies the given regular expression pattern to the given string and returns a list of information about all non-overlapping matches, or an empty list if there are no matches.");
    }

    private static HclValue RegexReplace(IReadOnlyList<HclValue> args)
    {
        GoRegex re;
        try
        {
            re = GoRegex.Compile(args[1].AsString());
        }
        catch (Re2SyntaxException e)
        {
            throw new HclFunctionException(e.Message, e);
        }

        return HclValue.String(re.ReplaceAll(args[0].AsString(), args[2].AsString()));
    }

    private static GoRegex CompileForResult(string pattern)
    {
        try
        {
            return GoRegex.Compile(pattern);
        }
        catch (Re2SyntaxException e)
        {
            throw new HclFunctionException(0, $"invalid regexp pattern: {e.Code} in {e.Expression}");
        }
    }

    private static HclType ResultType(string pattern)
    {
        var re = CompileForResult(pattern);
        var unnamed = re.GroupNames.Count(n => n.Length == 0);
        var named = re.GroupNames.Length - unnamed;
        if (unnamed == 0 && named == 0)
        {
            return HclType.String;
        }

        if (unnamed > 0 && named > 0)
        {
            throw new HclFunctionException(0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
        }

        if (unnamed > 0)
        {
            return HclType.Tuple([.. Enumerable.Repeat(HclType.String, unnamed)]);
        }

        return HclType.Object(re.GroupNames.Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => HclType.String, StringComparer.Ordinal));
    }

    private static HclValue Regex(IReadOnlyList<HclValue> args, HclType type)
    {
        if (type.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var re = CompileForResult(args[0].AsString());
        var match = re.Regex.Match(args[1].AsString());
        if (!match.Success)
        {
            throw new HclFunctionException("pattern did not match any part of the given string");
        }

        return Result(re, match, type);
    }

    private static HclValue RegexAll(IReadOnlyList<HclValue> args, HclType type)
    {
        var elementType = type.ElementType;
        if (elementType.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var re = CompileForResult(args[0].AsString());
        var matches = re.FindAll(args[1].AsString());
        return ListOf(elementType, [.. matches.Select(m => Result(re, m, elementType))]);
    }

    private static HclValue Result(GoRegex re, Match match, HclType type)
    {
        if (type.Kind == HclTypeKind.String)
        {
            return HclValue.String(match.Value);
        }

        var values = new List<KeyValuePair<string, HclValue>>();
        for (var i = 1; i <= re.GroupNames.Length; i++)
        {
            var group = re.GroupAt(match, i);
            var value = group.Success ? HclValue.String(group.Value) : HclValue.Null(HclType.String);
            values.Add(new(re.GroupNames[i - 1], value));
        }

        if (type.Kind == HclTypeKind.Tuple)
        {
            return HclValue.Tuple(values.Select(v => v.Value));
        }

        return HclValue.Object(values.DistinctBy(v => v.Key, StringComparer.Ordinal));
    }
}
