using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's <c>checkConstraint</c>: the truth of one operator over resolved left and right values. Used by
/// constraints and affinities; <c>distinct_hosts</c> and <c>distinct_property</c> are always true here because
/// their own checks count allocations.
/// </summary>
public static class ConstraintOperators
{
    private const int MaxCachedPatterns = 1024;

    private static readonly ConcurrentDictionary<string, Regex?> _regexes = new(StringComparer.Ordinal);

    /// <summary>Evaluates <paramref name="operand"/> on targets resolved against <paramref name="node"/>.</summary>
    /// <param name="lTarget">The left target, e.g. <c>${attr.kernel.name}</c>.</param>
    /// <param name="operand">The operator, e.g. <c>=</c>, <c>regexp</c>, <c>semver</c>.</param>
    /// <param name="rTarget">The right target, usually a literal.</param>
    /// <param name="node">The node the targets are read from.</param>
    /// <returns>Whether the node satisfies the constraint.</returns>
    public static bool Matches(string lTarget, string operand, string rTarget, ClusterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var leftFound = NodeTargets.TryResolve(lTarget ?? string.Empty, node, out var left);
        var rightFound = NodeTargets.TryResolve(rTarget ?? string.Empty, node, out var right);
        return Check(operand ?? string.Empty, leftFound ? left : null, rightFound ? right : null);
    }

    /// <summary>Evaluates <paramref name="operand"/> on values; a <see langword="null"/> value is a target that was not found.</summary>
    /// <param name="operand">The operator.</param>
    /// <param name="left">The left value, or null when the node lacks it.</param>
    /// <param name="right">The right value, or null when the node lacks it.</param>
    /// <returns>The operator's truth.</returns>
    public static bool Check(string operand, string? left, string? right) => operand switch
    {
        "distinct_hosts" or "distinct_property" => true,
        "=" or "==" or "is" => left is not null && right is not null && left == right,
        "!=" or "not" => left != right,
        "<" or "<=" or ">" or ">=" => left is not null && right is not null && CheckOrder(operand, left, right),
        "is_set" => left is not null,
        "is_not_set" => left is null,
        "version" => left is not null && right is not null && VersionConstraint.Matches(left, right, semver: false),
        "semver" => left is not null && right is not null && VersionConstraint.Matches(left, right, semver: true),
        "regexp" => left is not null && right is not null && RegexMatches(left, right),
        "set_contains" or "set_contains_all" => left is not null && right is not null && ContainsAll(left, right),
        "set_contains_any" => left is not null && right is not null && ContainsAny(left, right),
        _ => false,
    };

    private static bool CheckOrder(string operand, string left, string right)
    {
        int order;
        if (long.TryParse(left, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var li)
            && long.TryParse(right, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ri))
        {
            order = li.CompareTo(ri);
        }
        else if (double.TryParse(left, NumberStyles.Float, CultureInfo.InvariantCulture, out var lf)
            && double.TryParse(right, NumberStyles.Float, CultureInfo.InvariantCulture, out var rf))
        {
            order = lf.CompareTo(rf);
        }
        else
        {
            order = string.CompareOrdinal(left, right);
        }

        return operand switch
        {
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        };
    }

    private static bool RegexMatches(string value, string pattern)
    {
        try
        {
            return RegexFor(pattern) is { } regex && regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex? RegexFor(string pattern)
    {
        // A memo, bounded so that a stream of distinct patterns cannot grow it without end.
        if (_regexes.Count >= MaxCachedPatterns && !_regexes.ContainsKey(pattern))
        {
            _regexes.Clear();
        }

        return _regexes.GetOrAdd(pattern, Compile);
    }

    private static Regex? Compile(string p)
    {
        try
        {
            return new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool ContainsAll(string left, string right)
    {
        var have = Items(left);
        foreach (var item in right.Split(','))
        {
            if (!have.Contains(item.Trim()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsAny(string left, string right)
    {
        var have = Items(left);
        foreach (var item in right.Split(','))
        {
            if (have.Contains(item.Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> Items(string list)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Split(','))
        {
            set.Add(item.Trim());
        }

        return set;
    }
}
