using System.Globalization;

namespace Nomadic.Topology.Cluster.Generation;

/// <summary>A tiny seeded generator (SplitMix64): the same seed gives the same sequence on every runtime.</summary>
internal struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, bound); the modulo bias is irrelevant for the small bounds used here.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    public bool Chance(int percent) => Below(100) < percent;

    public string NextUuid()
    {
        var hex = string.Create(CultureInfo.InvariantCulture, $"{Next():x16}{Next():x16}");
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    public void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
