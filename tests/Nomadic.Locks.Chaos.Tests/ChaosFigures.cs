using System.Globalization;

namespace Nomadic.Locks.Chaos.Tests;

/// <summary>What a chaos run did and measured; <see cref="ToString"/> is the line the test prints and docs/locks.md records.</summary>
public sealed record ChaosFigures(
    string Backend,
    int Acquisitions,
    int Kills,
    int Stops,
    int StoreFaults,
    int Overlaps,
    int LostWrites,
    int FencedRequests,
    int LostTokensSeen,
    IReadOnlyList<TimeSpan> Takeovers)
{
    public override string ToString()
    {
        var sorted = Takeovers.Order().ToArray();
        var takeovers = sorted.Length == 0
            ? "none measured"
            : string.Create(CultureInfo.InvariantCulture, $"min {sorted[0].TotalSeconds:0.00} s, median {sorted[sorted.Length / 2].TotalSeconds:0.00} s, max {sorted[^1].TotalSeconds:0.00} s over {sorted.Length}");
        return $"{Backend}: {Acquisitions} acquisitions, {Kills} holder SIGKILLs, {Stops} holder SIGSTOPs, {StoreFaults} store member kills; " +
            $"overlaps {Overlaps}, lost writes {LostWrites}; {FencedRequests} stale requests fenced, {LostTokensSeen} LostToken fired in a section; " +
            $"takeover after SIGKILL: {takeovers}";
    }
}
