namespace Nomadic.Core.Scheduling;

/// <summary>ryanuber/go-glob as Nomad uses it for datacenters and namespace cluster rules: <c>*</c> matches any run of characters, nothing else is special.</summary>
internal static class Glob
{
    public static bool Matches(string pattern, string value)
    {
        if (pattern == "*")
        {
            return true;
        }

        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return pattern == value;
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

        var last = parts[^1];
        return value.Length - position >= last.Length && value.EndsWith(last, StringComparison.Ordinal);
    }
}
