namespace Nomadic.Cli.Variables;

/// <summary>
/// Makes <c>var lock PATH CMD -flags...</c> parse as <c>nomad var lock</c> does, where flags stop at the first positional argument:
/// a <c>--</c> is inserted after PATH so that CMD's own flags are not taken for nomadic's.
/// </summary>
internal static class VarLockArguments
{
    private static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-ttl", "--ttl", "-delay", "--delay", "-max-retry", "--max-retry", "--addr", "-address", "-token", "--token",
        "-namespace", "--namespace", "--etcd", "-etcd",
    };

    public static string[] Normalize(string[] args)
    {
        if (args.Length < 3 || args[0] != "var" || args[1] != "lock" || args.Contains("--"))
        {
            return args;
        }

        for (var i = 2; i < args.Length; i++)
        {
            var token = args[i];
            if (!token.StartsWith('-'))
            {
                return i + 1 < args.Length ? [.. args[..(i + 1)], "--", .. args[(i + 1)..]] : args;
            }

            if (OptionsWithValue.Contains(token))
            {
                i++;
            }
        }

        return args;
    }
}
