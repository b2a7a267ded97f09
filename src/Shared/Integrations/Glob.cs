namespace Nomadic.Integrations.Http;

/// <summary><c>*</c>-only globbing, as Nomad's namespace cluster rules use (<c>github.com/ryanuber/go-glob</c>).</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string value)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, value, StringComparison.Ordinal);
        }

        if (!value.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        var position = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = value.IndexOf(parts[i], position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return value.Length - position >= parts[^1].Length && value.EndsWith(parts[^1], StringComparison.Ordinal);
    }
}
