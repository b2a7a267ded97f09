namespace Nomadic.Cli.Variables;

/// <summary>Parses <c>nomad var put</c>'s <c>key=value</c> items; <c>key=@file</c> reads the value from a file, <c>key=</c> leaves the key out.</summary>
internal static class VarItems
{
    public static Dictionary<string, string> Parse(IEnumerable<string> pairs)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new Commands.CliException($"invalid key/value pair \"{pair}\": format must be key=value");
            }

            var value = pair[(equals + 1)..];
            if (value.StartsWith('@'))
            {
                value = ReadFile(value[1..]);
            }
            else if (value.StartsWith("\\@", StringComparison.Ordinal))
            {
                value = value[1..];
            }

            if (value.Length > 0)
            {
                items[pair[..equals]] = value;
            }
            else
            {
                items.Remove(pair[..equals]);
            }
        }

        return items;
    }

    private static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new Commands.CliException($"error reading \"{path}\": {ex.Message}");
        }
    }
}
