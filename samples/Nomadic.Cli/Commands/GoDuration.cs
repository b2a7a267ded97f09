using System.Globalization;

namespace Nomadic.Cli.Commands;

/// <summary>Parses durations the way Go's <c>time.ParseDuration</c> writes them in Nomad: <c>1h</c>, <c>90m</c>, <c>1h30m</c>, <c>45s</c>, <c>0</c>.</summary>
internal static class GoDuration
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text == "0")
        {
            return true;
        }

        var rest = text.AsSpan();
        double total = 0;
        while (!rest.IsEmpty)
        {
            var digits = 0;
            while (digits < rest.Length && (char.IsAsciiDigit(rest[digits]) || rest[digits] == '.'))
            {
                digits++;
            }

            var units = digits;
            while (units < rest.Length && char.IsAsciiLetter(rest[units]))
            {
                units++;
            }

            if (digits == 0 || units == digits
                || !double.TryParse(rest[..digits], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || Unit(rest[digits..units]) is not { } unit)
            {
                return false;
            }

            total += value * unit.Ticks;
            rest = rest[units..];
        }

        if (total > TimeSpan.MaxValue.Ticks)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)total);
        return true;
    }

    /// <summary>Writes a duration as Go's <c>Duration.String</c> does for whole seconds: <c>15s</c>, <c>1m30s</c>, <c>1h0m0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        var c = CultureInfo.InvariantCulture;
        var seconds = duration.TotalSeconds % 60;
        if (duration < TimeSpan.FromMinutes(1))
        {
            return string.Create(c, $"{seconds}s");
        }

        var hours = (long)duration.TotalHours;
        return hours > 0
            ? string.Create(c, $"{hours}h{duration.Minutes}m{seconds}s")
            : string.Create(c, $"{duration.Minutes}m{seconds}s");
    }

    private static TimeSpan? Unit(ReadOnlySpan<char> unit) => unit switch
    {
        "h" => TimeSpan.FromHours(1),
        "m" => TimeSpan.FromMinutes(1),
        "s" => TimeSpan.FromSeconds(1),
        "ms" => TimeSpan.FromMilliseconds(1),
        _ => null,
    };
}
