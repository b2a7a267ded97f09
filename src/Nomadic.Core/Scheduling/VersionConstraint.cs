namespace Nomadic.Core.Scheduling;

/// <summary>
/// The <c>version</c> and <c>semver</c> operators: a comma-separated list of <c>[op] version</c> terms that must all
/// hold. <c>version</c> follows hashicorp/go-version, where a pre-release only satisfies a term that has a
/// pre-release on the same segments; <c>semver</c> follows Nomad's semver helper, which orders pre-releases by
/// semantic-versioning precedence without that rule.
/// </summary>
internal static class VersionConstraint
{
    public static bool Matches(string version, string constraint, bool semver)
    {
        var v = ParsedVersion.Parse(version, semver);
        if (v is null)
        {
            return false;
        }

        foreach (var rawTerm in constraint.Split(','))
        {
            var term = rawTerm.Trim();
            var op = ReadOperator(ref term);
            var c = ParsedVersion.Parse(term, semver);
            if (c is null || op is null || !Check(v, op, c, semver))
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReadOperator(ref string term)
    {
        foreach (var op in (ReadOnlySpan<string>)[">=", "<=", "!=", "~>", ">", "<", "="])
        {
            if (term.StartsWith(op, StringComparison.Ordinal))
            {
                term = term[op.Length..].Trim();
                return op;
            }
        }

        return "=";
    }

    private static bool Check(ParsedVersion v, string op, ParsedVersion c, bool semver)
    {
        if (!semver && !PrereleaseAllowed(v, c))
        {
            return false;
        }

        var order = v.CompareTo(c);
        return op switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            ">" => order > 0,
            "<" => order < 0,
            ">=" => order >= 0,
            "<=" => order <= 0,
            _ => Pessimistic(v, c, order, semver),
        };
    }

    private static bool PrereleaseAllowed(ParsedVersion v, ParsedVersion c) =>
        (v.Prerelease.Length > 0, c.Prerelease.Length > 0) switch
        {
            (true, true) => v.SameSegments(c),
            (true, false) => false,
            _ => true,
        };

    // "~> 1.2" allows 1.2 up to (not including) 2.0; "~> 1.2.3" allows 1.2.3 up to 1.3.0.
    private static bool Pessimistic(ParsedVersion v, ParsedVersion c, int order, bool semver)
    {
        if (order < 0 || (!semver && c.Prerelease.Length > 0 && v.Prerelease.Length == 0))
        {
            return false;
        }

        for (var i = 0; i < c.Specified - 1; i++)
        {
            if (v.Segments[i] != c.Segments[i])
            {
                return false;
            }
        }

        return c.Segments[c.Specified - 1] <= v.Segments[c.Specified - 1];
    }
}
