using System.Globalization;
using System.Text;

namespace Nomadic.Core.Jobs.Validation;

/// <summary>Formats a duration as Go's <c>time.Duration.String</c> does ("30s", "5m0s", "1h0m0s", "500ms"), so messages read like Nomad's.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "0s";
        }

        var negative = value < TimeSpan.Zero;
        var ticks = negative ? -(decimal)value.Ticks : value.Ticks;
        var builder = new StringBuilder();
        if (negative)
        {
            builder.Append('-');
        }

        if (ticks < TimeSpan.TicksPerSecond)
        {
            var ms = ticks / TimeSpan.TicksPerMillisecond;
            return builder.Append(ms >= 1 ? ms.ToString(CultureInfo.InvariantCulture) + "ms" : (ticks * 100).ToString(CultureInfo.InvariantCulture) + "ns").ToString();
        }

        var hours = decimal.Floor(ticks / TimeSpan.TicksPerHour);
        ticks -= hours * TimeSpan.TicksPerHour;
        var minutes = decimal.Floor(ticks / TimeSpan.TicksPerMinute);
        ticks -= minutes * TimeSpan.TicksPerMinute;
        var seconds = ticks / TimeSpan.TicksPerSecond;
        if (hours > 0)
        {
            builder.Append(hours.ToString(CultureInfo.InvariantCulture)).Append('h');
        }

        if (hours > 0 || minutes > 0)
        {
            builder.Append(minutes.ToString(CultureInfo.InvariantCulture)).Append('m');
        }

        return builder.Append(seconds.ToString("0.#########", CultureInfo.InvariantCulture)).Append('s').ToString();
    }
}
