namespace Nomadic.Core.Scheduling;

/// <summary>Fisher–Yates over node ordinals with SplitMix64, so a seed gives the same order on every runtime.</summary>
internal static class SeededShuffle
{
    public static void Shuffle(int[] items, ulong seed)
    {
        var state = seed;
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(Next(ref state) % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
