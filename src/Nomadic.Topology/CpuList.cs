using System.Globalization;
using System.Text;

namespace Nomadic.Topology;

/// <summary>
/// The Linux cpuset list format (<c>0-3,8,10-11</c>) used by sysfs files such as <c>cpulist</c> and <c>online</c>,
/// like Nomad's <c>idset</c> package, but strict: malformed input is an error, not silently skipped.
/// </summary>
public static class CpuList
{
    /// <summary>The largest ID accepted, so that a corrupt range cannot allocate unbounded memory.</summary>
    public const int MaxId = 1 << 20;

    /// <summary>Parses a list like <c>0-3,8,10-11</c> into sorted, distinct IDs. Blank input is the empty list.</summary>
    /// <param name="text">The list text; surrounding white space and a trailing newline are ignored.</param>
    /// <returns>The IDs in ascending order.</returns>
    /// <exception cref="FormatException">The text is not a valid list.</exception>
    public static IReadOnlyList<int> Parse(string text)
    {
        if (!TryParse(text, out var ids, out var error))
        {
            throw new FormatException(error);
        }

        return ids;
    }

    /// <summary>Parses a list like <c>0-3,8,10-11</c>, reporting an error instead of throwing.</summary>
    /// <param name="text">The list text.</param>
    /// <param name="ids">The IDs in ascending order, or empty on failure.</param>
    /// <param name="error">Why the text is invalid, or <see langword="null"/>.</param>
    /// <returns>Whether the text is a valid list.</returns>
    public static bool TryParse(string? text, out IReadOnlyList<int> ids, out string? error)
    {
        ids = [];
        error = null;
        if (text is null)
        {
            error = "the CPU list is missing";
            return false;
        }

        var set = new SortedSet<int>();
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return true;
        }

        foreach (var rawPiece in trimmed.Split(','))
        {
            var piece = rawPiece.Trim();
            var dash = piece.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0)
            {
                if (!TryParseId(piece, out var single))
                {
                    error = $"'{piece}' in CPU list '{trimmed}' is not an ID between 0 and {MaxId}";
                    return false;
                }

                set.Add(single);
                continue;
            }

            if (!TryParseId(piece[..dash], out var low) || !TryParseId(piece[(dash + 1)..], out var high))
            {
                error = $"'{piece}' in CPU list '{trimmed}' is not a range like 0-3";
                return false;
            }

            if (high < low)
            {
                error = $"range '{piece}' in CPU list '{trimmed}' ends before it starts";
                return false;
            }

            for (var id = low; id <= high; id++)
            {
                set.Add(id);
            }
        }

        ids = [.. set];
        return true;
    }

    /// <summary>Formats IDs in the list format, joining consecutive IDs into ranges: <c>0-3,8,10-11</c>.</summary>
    /// <param name="ids">The IDs, in any order; duplicates are ignored.</param>
    /// <returns>The list text, empty for no IDs.</returns>
    public static string Format(IEnumerable<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sorted = ids.Distinct().Order().ToArray();
        var builder = new StringBuilder();
        var index = 0;
        while (index < sorted.Length)
        {
            var start = sorted[index];
            var end = start;
            while (index + 1 < sorted.Length && sorted[index + 1] == end + 1)
            {
                index++;
                end = sorted[index];
            }

            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(start.ToString(CultureInfo.InvariantCulture));
            if (end != start)
            {
                builder.Append('-').Append(end.ToString(CultureInfo.InvariantCulture));
            }

            index++;
        }

        return builder.ToString();
    }

    private static bool TryParseId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id <= MaxId;
}
