using System.Globalization;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>Go's <c>time.ParseDuration</c> grammar: <c>[-+]</c> then decimal numbers each with a unit ns, us, µs, ms, s, m, h.</summary>
internal static class GoDuration
{
    private const decimal NanosPerTick = 100m;

    /// <summary>Parses <paramref name="text"/>; on failure returns <see langword="false"/> with a sentence saying what is wrong.</summary>
    public static bool TryParse(string text, out TimeSpan value, out string error)
    {
        value = default;
        error = string.Empty;
        var s = text.AsSpan();
        var negative = false;
        if (s.Length > 0 && (s[0] == '-' || s[0] == '+'))
        {
            negative = s[0] == '-';
            s = s[1..];
        }

        if (s is "0")
        {
            return true;
        }

        if (s.IsEmpty)
        {
            error = $"\"{text}\" is not a duration: expected a number with a unit, like \"30s\" or \"1h30m\".";
            return false;
        }

        decimal nanos = 0;
        while (!s.IsEmpty)
        {
            var numberLength = 0;
            while (numberLength < s.Length && (char.IsAsciiDigit(s[numberLength]) || s[numberLength] == '.'))
            {
                numberLength++;
            }

            if (numberLength == 0 || !decimal.TryParse(s[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                error = $"\"{text}\" is not a duration: expected a number at \"{s}\".";
                return false;
            }

            s = s[numberLength..];
            var unitLength = 0;
            while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
            {
                unitLength++;
            }

            var unit = s[..unitLength].ToString();
            decimal? scale = unit switch
            {
                "ns" => 1m,
                "us" or "µs" or "μs" => 1_000m,
                "ms" => 1_000_000m,
                "s" => 1_000_000_000m,
                "m" => 60_000_000_000m,
                "h" => 3_600_000_000_000m,
                _ => null,
            };
            if (scale is null)
            {
                error = unit.Length == 0
                    ? $"\"{text}\" is not a duration: the number {number.ToString(CultureInfo.InvariantCulture)} has no unit; use one of ns, us, ms, s, m, h (for example \"{number.ToString(CultureInfo.InvariantCulture)}s\")."
                    : $"\"{text}\" is not a duration: unknown unit \"{unit}\"; use one of ns, us, ms, s, m, h (Go durations have no \"d\": write \"24h\" for a day).";
                return false;
            }

            nanos += number * scale.Value;
            if (nanos > long.MaxValue)
            {
                error = $"\"{text}\" is not a duration: it overflows the largest duration (about 292 years).";
                return false;
            }

            s = s[unitLength..];
        }

        var ticks = (long)decimal.Truncate(nanos / NanosPerTick);
        value = TimeSpan.FromTicks(negative ? -ticks : ticks);
        return true;
    }
}
