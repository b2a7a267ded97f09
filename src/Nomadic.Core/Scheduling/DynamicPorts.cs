using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's <c>NetworkIndex</c> dynamic port assignment: up to 20 random draws per port from the node's dynamic
/// range (<c>getDynamicPortsStochastic</c>), else a random pick among every free port (<c>getDynamicPortsPrecise</c>).
/// The draws come from the plan's seeded generator, so the same inputs give the same ports.
/// </summary>
internal static class DynamicPorts
{
    /// <summary>The dimension Nomad reports when a node has too few free dynamic ports.</summary>
    public const string Exhausted = "network: dynamic port selection failed";

    private const int DefaultMin = 20000;
    private const int DefaultMax = 32000;
    private const int MaxRandomAttempts = 20;

    /// <summary>The node's dynamic range, Nomad's 20000–32000 unless the node configures its own.</summary>
    public static (int Min, int Max) RangeOf(ClusterNode node)
    {
        var resources = node.NodeResources;
        return resources is { MinDynamicPort: > 0, MaxDynamicPort: > 0 } && resources.MinDynamicPort <= resources.MaxDynamicPort
            ? (resources.MinDynamicPort, resources.MaxDynamicPort)
            : (DefaultMin, DefaultMax);
    }

    /// <summary>Whether the node has at least <paramref name="count"/> unused ports in its dynamic range.</summary>
    public static bool HasRoom(ClusterNode node, HashSet<int>? used, int count)
    {
        var (min, max) = RangeOf(node);
        var usedInRange = 0;
        foreach (var port in used ?? [])
        {
            usedInRange += port >= min && port <= max ? 1 : 0;
        }

        return max - min + 1 - usedInRange >= count;
    }

    /// <summary>Picks distinct unused ports, one per request; the caller checked <see cref="HasRoom"/>.</summary>
    public static int[] Assign(ClusterNode node, HashSet<int>? used, int count, ref ulong state)
    {
        var (min, max) = RangeOf(node);
        var chosen = new int[count];
        for (var i = 0; i < count; i++)
        {
            var found = false;
            for (var attempt = 0; attempt < MaxRandomAttempts && !found; attempt++)
            {
                var port = min + (int)(SeededShuffle.Next(ref state) % (ulong)Math.Max(1, max - min));
                found = used?.Contains(port) != true && Array.IndexOf(chosen, port, 0, i) < 0;
                chosen[i] = port;
            }

            if (!found)
            {
                return Precise(min, max, used, count, ref state);
            }
        }

        return chosen;
    }

    private static int[] Precise(int min, int max, HashSet<int>? used, int count, ref ulong state)
    {
        var free = new List<int>();
        for (var port = min; port <= max; port++)
        {
            if (used?.Contains(port) != true)
            {
                free.Add(port);
            }
        }

        var chosen = new int[count];
        for (var i = 0; i < count; i++)
        {
            var pick = (int)(SeededShuffle.Next(ref state) % (ulong)free.Count);
            chosen[i] = free[pick];
            free[pick] = free[^1];
            free.RemoveAt(free.Count - 1);
        }

        return chosen;
    }
}
