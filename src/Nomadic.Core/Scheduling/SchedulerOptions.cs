namespace Nomadic.Core.Scheduling;

/// <summary>The settings of a <see cref="PlacementEngine"/>; the defaults are Nomad 1.7's.</summary>
public sealed class SchedulerOptions
{
    /// <summary>Best fit or worst fit. Default <see cref="SchedulerAlgorithm.BinPack"/>.</summary>
    public SchedulerAlgorithm Algorithm { get; init; } = SchedulerAlgorithm.BinPack;

    /// <summary>The seed of the node shuffle when a request names none. Default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// The number of nodes scored when a group has affinities or spreads, unless the group's count is larger
    /// (Nomad's <c>NodeLimitForFeasibilityChecks</c>). Default 100.
    /// </summary>
    public int NodeLimitForFeasibilityChecks { get; init; } = 100;

    /// <summary>Score at most this many nodes for every group, when set; replaces Nomad's log2 and batch limits.</summary>
    public int? NodeLimitOverride { get; init; }

    /// <summary>Whether tasks' <c>memory_max</c> is honoured (Nomad's <c>MemoryOversubscriptionEnabled</c>). Default false.</summary>
    public bool MemoryOversubscriptionEnabled { get; init; }

    /// <summary>Whether system jobs may preempt lower-priority allocations. Default true, as Nomad.</summary>
    public bool PreemptSystemJobs { get; init; } = true;

    /// <summary>Whether service jobs may preempt. Default false, as Nomad.</summary>
    public bool PreemptServiceJobs { get; init; }

    /// <summary>Whether batch jobs may preempt. Default false, as Nomad.</summary>
    public bool PreemptBatchJobs { get; init; }

    /// <summary>Whether sysbatch jobs may preempt. Default false, as Nomad.</summary>
    public bool PreemptSysBatchJobs { get; init; }

    /// <summary>Nomad's <c>LimitIterator</c> skips up to this many nodes whose score is at or below 0. Default 3.</summary>
    public int MaxSkip { get; init; } = 3;

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below 1 or <see cref="MaxSkip"/> is negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(NodeLimitForFeasibilityChecks, 1, nameof(NodeLimitForFeasibilityChecks));
        if (NodeLimitOverride is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(NodeLimitOverride));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxSkip, nameof(MaxSkip));
        if (!Enum.IsDefined(Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(Algorithm), Algorithm, "Unknown scheduler algorithm.");
        }
    }
}
