using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>Small decoding helpers shared by the jobspec's top-level blocks.</summary>
internal static class JobspecValues
{
    /// <summary>Evaluates a constant expression (no variables, no functions) as a string, as gohcl does with a nil context.</summary>
    public static string? DecodeString(IHclExpression expression, DiagnosticBag diagnostics)
    {
        var diags = new DiagnosticBag();
        var value = expression.Evaluate(null, diags);
        diagnostics.AddRange(diags);
        if (diags.HasErrors)
        {
            return null;
        }

        if (!HclConvert.TryConvert(value, HclType.String, out var text, out var error))
        {
            diagnostics.Error(expression.Range, "Unsuitable value type", $"Unsuitable value: {error}");
            return null;
        }

        if (text.IsNull || !text.IsKnown)
        {
            diagnostics.Error(expression.Range, "Unsuitable value type", "Unsuitable value: value must be known and not null");
            return null;
        }

        return text.AsString();
    }

    /// <summary>Returns whether a name is an HCL identifier: a letter or underscore, then letters, digits, underscores and dashes.</summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Did you mean ...?": the first candidate within an edit distance of 2 of what was written, or null.</summary>
    public static string? Suggest(string given, IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Distance(given, candidate) < 3)
            {
                return candidate;
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
