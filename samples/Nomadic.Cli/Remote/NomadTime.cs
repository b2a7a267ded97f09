using System.Globalization;

namespace Nomadic.Cli.Remote;

/// <summary>Times as Nomad's CLI prints them (<c>formatUnixNanoTime</c>): RFC 3339 to the second, empty for the epoch.</summary>
internal static class NomadTime
{
    public static string Format(DateTimeOffset time) =>
        time <= DateTimeOffset.UnixEpoch ? string.Empty : time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string FromUnixNanoseconds(long nanoseconds) => Format(DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100));
}
