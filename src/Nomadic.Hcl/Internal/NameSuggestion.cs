namespace Nomadic.Hcl.Internal;

/// <summary>"Did you mean …?": the first candidate within a small edit distance of what was written.</summary>
internal static class NameSuggestion
{
    /// <summary>Returns the first suggestion whose Levenshtein distance from <paramref name="given"/> is below 3, or null.</summary>
    public static string? Find(string given, IEnumerable<string> suggestions)
    {
        foreach (var suggestion in suggestions)
        {
            if (Distance(given, suggestion) < 3)
            {
                return suggestion;
            }
        }

        return null;
    }

    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
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

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
