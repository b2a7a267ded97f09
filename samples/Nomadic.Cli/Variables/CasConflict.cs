using Nomadic.Cli.Commands;
using Nomadic.Locks;

namespace Nomadic.Cli.Variables;

/// <summary>The one-line form of <c>nomad var</c>'s "Check-and-Set conflict" message.</summary>
internal static class CasConflict
{
    public static CliException Describe(ulong? checkIndex, Variable? current)
    {
        var serverIndex = current?.ModifyIndex ?? 0;
        var locked = current?.Lock is not null ? " (the variable is locked)" : string.Empty;
        return new CliException(
            $"Check-and-Set conflict: your check-index ({checkIndex ?? 0}) does not match the server-side index ({serverIndex}){locked}; "
            + $"add -force or -check-index={serverIndex} if you are sure");
    }

    public static ulong? ParseCheckIndex(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ulong.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? index
            : throw new CliException($"invalid -check-index value \"{text}\": not parsable as uint64");
    }
}
