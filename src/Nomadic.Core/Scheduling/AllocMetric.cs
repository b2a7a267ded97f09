namespace Nomadic.Core.Scheduling;

/// <summary>Nomad's <c>AllocMetric</c>: how the scheduler arrived at a placement, or why it found none.</summary>
public sealed class AllocMetric
{
    /// <summary>The number of nodes the scheduler looked at.</summary>
    public int NodesEvaluated { get; set; }

    /// <summary>The number of nodes rejected by a feasibility check (constraint, driver, device, ...).</summary>
    public int NodesFiltered { get; set; }

    /// <summary>The number of ready nodes in the job's node pool and datacenters.</summary>
    public int NodesInPool { get; set; }

    /// <summary>The number of ready nodes per datacenter the job may use.</summary>
    public Dictionary<string, int> NodesAvailable { get; init; } = [];

    /// <summary>Filtered nodes by node class.</summary>
    public Dictionary<string, int> ClassFiltered { get; init; } = [];

    /// <summary>Filtered nodes by the check that rejected them, e.g. <c>${attr.kernel.name} = linux</c>.</summary>
    public Dictionary<string, int> ConstraintFiltered { get; init; } = [];

    /// <summary>The number of feasible nodes without enough free resources.</summary>
    public int NodesExhausted { get; set; }

    /// <summary>Exhausted nodes by node class.</summary>
    public Dictionary<string, int> ClassExhausted { get; init; } = [];

    /// <summary>Exhausted nodes by dimension: <c>cpu</c>, <c>memory</c>, <c>disk</c>, <c>cores</c>, <c>numa-cores</c>, ...</summary>
    public Dictionary<string, int> DimensionExhausted { get; init; } = [];

    /// <summary>Quota limits that were reached (always empty: quotas are an Enterprise feature).</summary>
    public List<string> QuotaExhausted { get; init; } = [];

    /// <summary>The best scored nodes, at most five, highest normalized score first.</summary>
    public List<NodeScoreMeta> ScoreMetaData { get; init; } = [];

    /// <summary>The number of further placements of the same group that failed for the same reason.</summary>
    public int CoalescedFailures { get; set; }

    /// <summary>Nomad's <c>AllocationTime</c> in nanoseconds; always 0 here because the engine reads no clock.</summary>
    public long AllocationTime { get; set; }
}

/// <summary>The scores one node received: per scorer, and their mean.</summary>
public sealed class NodeScoreMeta
{
    /// <summary>The node's ID.</summary>
    public string NodeID { get; init; } = string.Empty;

    /// <summary>Each scorer's contribution, e.g. <c>binpack</c>, <c>job-anti-affinity</c>, <c>node-affinity</c>, <c>allocation-spread</c>.</summary>
    public Dictionary<string, double> Scores { get; init; } = [];

    /// <summary>The mean of the appended scores, what the node was ranked by.</summary>
    public double NormScore { get; init; }
}
