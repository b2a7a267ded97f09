using System.Text.RegularExpressions;

namespace Nomadic.Integrations.Consul.Tests.Emulation;

/// <summary>
/// The part of Consul's bexpr selector language binding rules use, evaluated on the mapped claims (<c>value.*</c>):
/// <c>"claim" in value</c>, <c>"claim" not in value</c>, <c>value.claim == "x"</c>, <c>value.claim != "x"</c>, joined by
/// <c>and</c>/<c>or</c>; and HIL templates <c>${value.claim}</c> in bind names.
/// </summary>
internal static partial class BindingSelector
{
    [GeneratedRegex("""^"([^"]+)"\s+(not\s+)?in\s+value$""")]
    private static partial Regex Membership();

    [GeneratedRegex("""^value\.([A-Za-z0-9_]+)\s*(==|!=)\s*"([^"]*)"$""")]
    private static partial Regex Comparison();

    [GeneratedRegex("""\$\{value\.([A-Za-z0-9_]+)\}""")]
    private static partial Regex Template();

    public static bool Matches(string selector, IReadOnlyDictionary<string, string> value)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return true;
        }

        return selector.Split(" or ").Any(any => any.Split(" and ").All(atom => Atom(atom.Trim(), value)));
    }

    /// <summary>The bind name with its <c>${value.x}</c> replaced; <see langword="null"/> when a claim is missing.</summary>
    public static string? Render(string template, IReadOnlyDictionary<string, string> value)
    {
        var missing = false;
        var result = Template().Replace(template, m => value.TryGetValue(m.Groups[1].Value, out var v) ? v : (missing = true, "").Item2);
        return missing ? null : result;
    }

    private static bool Atom(string atom, IReadOnlyDictionary<string, string> value)
    {
        if (Membership().Match(atom) is { Success: true } m)
        {
            return value.ContainsKey(m.Groups[1].Value) != m.Groups[2].Success;
        }

        if (Comparison().Match(atom) is { Success: true } c)
        {
            var equal = value.TryGetValue(c.Groups[1].Value, out var v) && v == c.Groups[3].Value;
            return c.Groups[2].Value == "==" ? equal : !equal;
        }

        throw new NotSupportedException($"selector \"{atom}\" is outside what the emulation supports");
    }
}
