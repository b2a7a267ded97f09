namespace Nomadic.Locks.Chaos.Tests.Fence;

/// <summary>Checks the fenced resource's accepted history after a run.</summary>
public static class FenceAudit
{
    /// <summary>
    /// Critical sections the fence accepted that overlap: a token seen again after a greater one, or one token used by
    /// two workers (the store handed the same lock to two holders).
    /// </summary>
    public static int CountOverlaps(IReadOnlyList<FenceEvent> accepted)
    {
        var overlaps = 0;
        var finished = new HashSet<ulong>();
        var owners = new Dictionary<ulong, string>();
        ulong? current = null;
        foreach (var e in accepted)
        {
            if (owners.TryGetValue(e.Token, out var owner) && owner != e.Worker)
            {
                overlaps++;
            }

            owners[e.Token] = e.Worker;
            if (current is { } c && c != e.Token)
            {
                finished.Add(c);
            }

            if (finished.Contains(e.Token))
            {
                overlaps++;
            }

            current = e.Token;
        }

        return overlaps;
    }

    /// <summary>Accepted writes that did not increment the value the previous accepted write left: an update lost between two holders.</summary>
    public static int CountLostWrites(IReadOnlyList<FenceEvent> accepted, long finalValue)
    {
        var lost = 0;
        long previous = 0;
        var writes = 0;
        foreach (var write in accepted.Where(static e => e.Operation == FenceOperation.Write))
        {
            writes++;
            if (write.Value != previous + 1)
            {
                lost++;
            }

            previous = write.Value;
        }

        return lost + (finalValue == writes ? 0 : 1);
    }
}
