using System.Globalization;

namespace Nomadic.Topology.Detection;

/// <summary>The <c>processor</c> and <c>cpu MHz</c> entries of <c>/proc/cpuinfo</c>, for speed guesses and the generic fallback.</summary>
internal sealed class CpuInfo
{
    private CpuInfo(IReadOnlyDictionary<int, long> speeds, int processorCount)
    {
        Speeds = speeds;
        ProcessorCount = processorCount;
    }

    /// <summary>The current MHz of each processor that lists one.</summary>
    public IReadOnlyDictionary<int, long> Speeds { get; }

    /// <summary>The number of <c>processor</c> entries.</summary>
    public int ProcessorCount { get; }

    /// <summary>The highest MHz any processor reports, or 0.</summary>
    public long MaxSpeed => Speeds.Count == 0 ? 0 : Speeds.Values.Max();

    public static CpuInfo Parse(string? text)
    {
        var speeds = new Dictionary<int, long>();
        var count = 0;
        var current = -1;
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (key == "processor" && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                current = id;
                count++;
            }
            else if (key == "cpu MHz" && current >= 0
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var mhz) && mhz > 0)
            {
                speeds[current] = (long)Math.Round(mhz);
            }
        }

        return new CpuInfo(speeds, count);
    }
}
