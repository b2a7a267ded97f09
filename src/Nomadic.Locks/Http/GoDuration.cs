using System.Globalization;
using System.Text;

namespace Nomadic.Locks.Http;

/// <summary>
/// Go's <c>time.Duration</c> text form (<c>15s</c>, <c>1m30s</c>, <c>1h0m0s</c>, <c>250ms</c>), which Nomad's API uses
/// for lock TTLs and delays and for the <c>wait</c> of blocking queries.
/// </summary>
public static class GoDuration
{
    private const long NanosecondsPerTick = 100;
    private const long NanosecondsPerMicrosecond = 1_000;
    private const long NanosecondsPerMillisecond = 1_000_000;
    private const long NanosecondsPerSecond = 1_000_000_000;
    private const long NanosecondsPerMinute = 60 * NanosecondsPerSecond;
    private const long NanosecondsPerHour = 60 * NanosecondsPerMinute;

    /// <summary>Formats a duration as Go's <c>Duration.String()</c> does.</summary>
    /// <param name="duration">The duration; its precision is 100 ns.</param>
    /// <returns>For example <c>15s</c>, <c>1m30s</c>, <c>24h0m0s</c>, <c>1.5s</c>, <c>250ms</c>, <c>0s</c>.</returns>
    public static string Format(TimeSpan duration)
    {
        var ns = duration.Ticks * NanosecondsPerTick;
        if (ns == 0)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (ns < 0)
        {
            text.Append('-');
        }

        var magnitude = (ulong)Math.Abs((decimal)ns);
        if (magnitude < NanosecondsPerSecond)
        {
            return magnitude switch
            {
                < NanosecondsPerMicrosecond => text.Append(magnitude).Append("ns").ToString(),
                < NanosecondsPerMillisecond => AppendFraction(text, magnitude, NanosecondsPerMicrosecond).Append("µs").ToString(),
                _ => AppendFraction(text, magnitude, NanosecondsPerMillisecond).Append("ms").ToString(),
            };
        }

        var hours = magnitude / NanosecondsPerHour;
        var minutes = magnitude % NanosecondsPerHour / NanosecondsPerMinute;
        var seconds = magnitude % NanosecondsPerMinute;
        if (hours > 0)
        {
            text.Append(hours).Append('h');
        }

        if (hours > 0 || minutes > 0)
        {
            text.Append(minutes).Append('m');
        }

        return AppendFraction(text, seconds, NanosecondsPerSecond).Append('s').ToString();
    }

    /// <summary>Parses Go's duration syntax: an optional sign, then numbers with units <c>ns us µs ms s m h</c> (<c>0</c> alone is allowed).</summary>
    /// <param name="text">The text, for example <c>1m30s</c>.</param>
    /// <param name="duration">The duration, truncated to 100 ns.</param>
    /// <returns>Whether <paramref name="text"/> is a valid duration that fits a <see cref="TimeSpan"/>.</returns>
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var position = 0;
        var negative = false;
        if (text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            position = 1;
        }

        if (text.AsSpan(position) is "0")
        {
            return true;
        }

        decimal total = 0;
        var any = false;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            if (!decimal.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = position;
            while (position < text.Length && !char.IsAsciiDigit(text[position]) && text[position] != '.')
            {
                position++;
            }

            if (UnitNanoseconds(text.AsSpan(unitStart, position - unitStart)) is not { } unit)
            {
                return false;
            }

            total += number * unit;
            any = true;
            if (total > TimeSpan.MaxValue.Ticks * (decimal)NanosecondsPerTick)
            {
                return false;
            }
        }

        var ticks = (long)(total / NanosecondsPerTick);
        duration = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return any;
    }

    private static long? UnitNanoseconds(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => 1,
        "us" or "µs" or "μs" => NanosecondsPerMicrosecond,
        "ms" => NanosecondsPerMillisecond,
        "s" => NanosecondsPerSecond,
        "m" => NanosecondsPerMinute,
        "h" => NanosecondsPerHour,
        _ => null,
    };

    private static StringBuilder AppendFraction(StringBuilder text, ulong value, long unit)
    {
        text.Append(value / (ulong)unit);
        var remainder = value % (ulong)unit;
        if (remainder == 0)
        {
            return text;
        }

        var digits = (int)Math.Log10(unit);
        var fraction = remainder.ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0').TrimEnd('0');
        return text.Append('.').Append(fraction);
    }
}
