using Nomadic.Hcl.Internal;
using System.Globalization;
using System.Numerics;

namespace Nomadic.Hcl.Functions.Library;

/// <summary>Go's time conventions as cty uses them: strict RFC 3339 parsing with cty's messages, RFC 3339 output, <c>time.ParseDuration</c>.</summary>
internal static class GoTime
{
    /// <summary>Parses a timestamp as cty's <c>parseTimestamp</c> does.</summary>
    /// <param name="s">The timestamp.</param>
    /// <returns>The time with its offset.</returns>
    /// <exception cref="FormatException">The text is not a valid RFC 3339 timestamp; the message is cty's.</exception>
    public static DateTimeOffset ParseRfc3339(string s)
    {
        var p = 0;
        var year = Number(s, ref p, 4, 4, "year");
        Literal(s, ref p, "-");
        var month = Number(s, ref p, 2, 2, "month");
        RangeCheck(month, 1, 12, s, p, "month");
        Literal(s, ref p, "-");
        var day = Number(s, ref p, 2, 2, "day of month");
        RangeCheck(day, 1, 31, s, p, "day of month");
        Literal(s, ref p, "T");
        var hourStart = p;
        var hour = Number(s, ref p, 1, 2, "hour");
        RangeCheck(hour, 0, 23, s, p, "hour");
        if (p - hourStart != 2)
        {
            throw Fail(": hour must have exactly two digits");
        }

        Literal(s, ref p, ":");
        if (p < s.Length && char.IsAsciiDigit(s[p]) && (p + 1 >= s.Length || !char.IsAsciiDigit(s[p + 1])))
        {
            throw Fail(": minute must have exactly two digits");
        }

        var minute = Number(s, ref p, 2, 2, "minute");
        RangeCheck(minute, 0, 59, s, p, "minute");
        Literal(s, ref p, ":");
        var second = Number(s, ref p, 2, 2, "second");
        RangeCheck(second, 0, 59, s, p, "second");
        long ticks = 0;
        if (p < s.Length && s[p] == ',')
        {
            throw Fail(": cannot use \",\" as timestamp segment");
        }

        if (p + 1 < s.Length && s[p] == '.' && char.IsAsciiDigit(s[p + 1]))
        {
            var start = ++p;
            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                p++;
            }

            var fraction = s[start..Math.Min(p, start + 7)].PadRight(7, '0');
            ticks = long.Parse(fraction, CultureInfo.InvariantCulture);
        }

        TimeSpan offset;
        if (p >= s.Length)
        {
            throw Fail(": end of string before UTC offset");
        }

        if (s[p] == 'Z')
        {
            offset = TimeSpan.Zero;
            p++;
        }
        else if ((s[p] == '+' || s[p] == '-') && p + 6 <= s.Length && s[p + 3] == ':' && AllDigits(s, p + 1, 2) && AllDigits(s, p + 4, 2))
        {
            var h = int.Parse(s.AsSpan(p + 1, 2), CultureInfo.InvariantCulture);
            var m = int.Parse(s.AsSpan(p + 4, 2), CultureInfo.InvariantCulture);
            if (h >= 24 || m >= 60)
            {
                throw Fail($": cannot use {GoText.Quote(s[p..(p + 6)])} as UTC offset");
            }

            offset = new TimeSpan(h, m, 0) * (s[p] == '-' ? -1 : 1);
            p += 6;
        }
        else
        {
            throw Fail($": cannot use {GoText.Quote(s[p..])} as UTC offset");
        }

        if (p < s.Length)
        {
            throw Fail($": extra text: {GoText.Quote(s[p..])}");
        }

        if (day > DateTime.DaysInMonth(year == 0 ? 2000 : year, month))
        {
            throw Fail(": day out of range");
        }

        if (year == 0)
        {
            throw Fail(": cannot use year 0");
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
    }

    /// <summary>Formats a time as Go's <c>time.RFC3339</c> layout: <c>2006-01-02T15:04:05Z07:00</c>.</summary>
    /// <param name="t">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatRfc3339(DateTimeOffset t) =>
        t.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture) + Zone(t.Offset, "Z07:00");

    /// <summary>Formats a UTC offset in one of Go's zone layouts: <c>Z07:00</c>, <c>-0700</c>, <c>-07:00</c>.</summary>
    /// <param name="offset">The offset.</param>
    /// <param name="layout">The layout.</param>
    /// <returns>The text.</returns>
    public static string Zone(TimeSpan offset, string layout)
    {
        if (layout == "Z07:00" && offset == TimeSpan.Zero)
        {
            return "Z";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var abs = offset.Duration();
        var hh = abs.Hours.ToString("00", CultureInfo.InvariantCulture);
        var mm = abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
        return layout == "-0700" ? $"{sign}{hh}{mm}" : $"{sign}{hh}:{mm}";
    }

    /// <summary>Parses a duration as Go's <c>time.ParseDuration</c>: a sequence of decimal numbers with units ns, us, µs, ms, s, m, h.</summary>
    /// <param name="s">The duration.</param>
    /// <returns>The duration, truncated to 100-nanosecond ticks.</returns>
    /// <exception cref="FormatException">The text is not a valid duration; the message is Go's.</exception>
    public static TimeSpan ParseDuration(string s)
    {
        var original = s;
        var p = 0;
        var negative = false;
        if (p < s.Length && (s[p] == '-' || s[p] == '+'))
        {
            negative = s[p] == '-';
            p++;
        }

        if (s[p..] == "0")
        {
            return TimeSpan.Zero;
        }

        if (p >= s.Length)
        {
            throw new FormatException($"time: invalid duration {GoText.Quote(original)}");
        }

        BigInteger totalNanos = 0;
        while (p < s.Length)
        {
            var intStart = p;
            while (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                p++;
            }

            var whole = s[intStart..p];
            var fraction = string.Empty;
            if (p < s.Length && s[p] == '.')
            {
                p++;
                var fracStart = p;
                while (p < s.Length && char.IsAsciiDigit(s[p]))
                {
                    p++;
                }

                fraction = s[fracStart..p];
            }

            if (whole.Length == 0 && fraction.Length == 0)
            {
                throw new FormatException($"time: invalid duration {GoText.Quote(original)}");
            }

            var unitStart = p;
            while (p < s.Length && s[p] != '.' && !char.IsAsciiDigit(s[p]))
            {
                p++;
            }

            var unit = s[unitStart..p];
            if (unit.Length == 0)
            {
                throw new FormatException($"time: missing unit in duration {GoText.Quote(original)}");
            }

            long unitNanos = unit switch
            {
                "ns" => 1,
                "us" or "\u00b5s" or "\u03bcs" => 1_000,
                "ms" => 1_000_000,
                "s" => 1_000_000_000,
                "m" => 60_000_000_000,
                "h" => 3_600_000_000_000,
                _ => throw new FormatException($"time: unknown unit {GoText.Quote(unit)} in duration {GoText.Quote(original)}"),
            };
            var wholeValue = whole.Length == 0 ? BigInteger.Zero : BigInteger.Parse(whole, CultureInfo.InvariantCulture);
            totalNanos += wholeValue * unitNanos;
            if (fraction.Length > 0)
            {
                totalNanos += BigInteger.Parse(fraction, CultureInfo.InvariantCulture) * unitNanos / BigInteger.Pow(10, fraction.Length);
            }

            if (totalNanos > long.MaxValue)
            {
                throw new FormatException($"time: invalid duration {GoText.Quote(original)}");
            }
        }

        var ticks = (long)(totalNanos / 100);
        return TimeSpan.FromTicks(negative ? -ticks : ticks);
    }

    private static bool AllDigits(string s, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string s, ref int p, int min, int max, string what)
    {
        var start = p;
        while (p < s.Length && p - start < max && char.IsAsciiDigit(s[p]))
        {
            p++;
        }

        if (p - start < min)
        {
            p = start;
            throw start >= s.Length
                ? Fail($": end of string before {what}")
                : Fail($": cannot use {GoText.Quote(s[start..])} as {what}");
        }

        return int.Parse(s.AsSpan(start, p - start), CultureInfo.InvariantCulture);
    }

    private static void RangeCheck(int value, int min, int max, string s, int p, string what)
    {
        if (value < min || value > max)
        {
            if (what == "hour")
            {
                throw Fail(": hour must be between 0 and 23 inclusive");
            }

            throw p >= s.Length ? Fail($": end of string before {what}") : Fail($": cannot use {GoText.Quote(s[p..])} as {what}");
        }
    }

    private static void Literal(string s, ref int p, string literal)
    {
        if (p < s.Length && s[p] == literal[0])
        {
            p++;
            return;
        }

        if (literal == "T")
        {
            throw Fail(": missing required time introducer 'T'");
        }

        throw p >= s.Length
            ? Fail($": end of string where {GoText.Quote(literal)} is expected")
            : Fail($": found {GoText.Quote(s[p..])} where {GoText.Quote(literal)} is expected");
    }

    private static FormatException Fail(string detail) => new("not a valid RFC3339 timestamp" + detail);
}
