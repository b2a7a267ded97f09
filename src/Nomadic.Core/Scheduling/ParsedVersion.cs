using System.Globalization;
using System.Text.RegularExpressions;

namespace Nomadic.Core.Scheduling;

/// <summary>A version as hashicorp/go-version reads it: numeric segments (padded to three), pre-release, metadata.</summary>
internal sealed partial class ParsedVersion
{
    private ParsedVersion(long[] segments, int specified, string prerelease)
    {
        Segments = segments;
        Specified = specified;
        Prerelease = prerelease;
    }

    public long[] Segments { get; }

    /// <summary>How many segments the text gave; the pessimistic operator <c>~&gt;</c> depends on it.</summary>
    public int Specified { get; }

    public string Prerelease { get; }

    /// <summary>Parses a loose version (<c>version</c> operator) or a strict semantic version (<c>semver</c>).</summary>
    public static ParsedVersion? Parse(string text, bool semver)
    {
        var match = (semver ? Semver() : Loose()).Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var parts = match.Groups["segments"].Value.Split('.');
        var segments = new long[Math.Max(3, parts.Length)];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out segments[i]))
            {
                return null;
            }
        }

        return new ParsedVersion(segments, parts.Length, match.Groups["pre"].Value);
    }

    public int CompareTo(ParsedVersion other)
    {
        var length = Math.Max(Segments.Length, other.Segments.Length);
        for (var i = 0; i < length; i++)
        {
            var a = i < Segments.Length ? Segments[i] : 0;
            var b = i < other.Segments.Length ? other.Segments[i] : 0;
            if (a != b)
            {
                return a < b ? -1 : 1;
            }
        }

        return ComparePrerelease(Prerelease, other.Prerelease);
    }

    public bool SameSegments(ParsedVersion other)
    {
        var length = Math.Max(Segments.Length, other.Segments.Length);
        for (var i = 0; i < length; i++)
        {
            if ((i < Segments.Length ? Segments[i] : 0) != (i < other.Segments.Length ? other.Segments[i] : 0))
            {
                return false;
            }
        }

        return true;
    }

    // Semantic versioning precedence: a release outranks its pre-releases; dot parts compare numerically when
    // both are numbers, numbers rank below words, and a longer list wins when one is a prefix of the other.
    private static int ComparePrerelease(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a.Length == 0)
        {
            return 1;
        }

        if (b.Length == 0)
        {
            return -1;
        }

        var left = a.Split('.');
        var right = b.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var leftNumber = long.TryParse(left[i], NumberStyles.None, CultureInfo.InvariantCulture, out var l);
            var rightNumber = long.TryParse(right[i], NumberStyles.None, CultureInfo.InvariantCulture, out var r);
            var order = (leftNumber, rightNumber) switch
            {
                (true, true) => l.CompareTo(r),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.CompareOrdinal(left[i], right[i]),
            };
            if (order != 0)
            {
                return Math.Sign(order);
            }
        }

        return left.Length.CompareTo(right.Length);
    }

    [GeneratedRegex(@"^v?(?<segments>[0-9]+(\.[0-9]+)*)(-?(?<pre>[0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*))?(\+[0-9A-Za-z\-~]+(\.[0-9A-Za-z\-~]+)*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Loose();

    [GeneratedRegex(@"^v?(?<segments>[0-9]+(\.[0-9]+){0,2})(-(?<pre>[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+[0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*)?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Semver();
}
