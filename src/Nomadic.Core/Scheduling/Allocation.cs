namespace Nomadic.Core.Scheduling;

/// <summary>An allocation in Nomad's API shape: one instance of a task group placed on a node.</summary>
public sealed class Allocation
{
    /// <summary>The allocation ID (a UUID in Nomad).</summary>
    public string ID { get; init; } = string.Empty;

    /// <summary>The namespace of the job.</summary>
    public string Namespace { get; init; } = "default";

    /// <summary>The name, <c>job.group[index]</c>, e.g. <c>example.cache[0]</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The ID of the job the allocation belongs to.</summary>
    public string JobID { get; init; } = string.Empty;

    /// <summary>The priority of the job the allocation belongs to (used by preemption).</summary>
    public int JobPriority { get; init; } = 50;

    /// <summary>
    /// The <c>migrate { max_parallel }</c> of the allocation's task group (Nomad reads it from the allocation's job;
    /// Nomad defaults it to 1 for service jobs). Preempting more allocations of one group than this costs a
    /// penalty of 50 in the preemption distance. 0 means no limit.
    /// </summary>
    public int MigrateMaxParallel { get; init; }

    /// <summary>The task group the allocation runs.</summary>
    public string TaskGroup { get; init; } = string.Empty;

    /// <summary>The ID of the node the allocation is placed on.</summary>
    public string NodeID { get; init; } = string.Empty;

    /// <summary>The name of the node the allocation is placed on.</summary>
    public string NodeName { get; init; } = string.Empty;

    /// <summary>The resources the allocation holds on its node.</summary>
    public AllocatedResources AllocatedResources { get; init; } = new();

    /// <summary>What the servers want: <c>run</c>, <c>stop</c> or <c>evict</c>.</summary>
    public string DesiredStatus { get; init; } = AllocationStatus.DesiredRun;

    /// <summary>What the client reports: <c>pending</c>, <c>running</c>, <c>complete</c>, <c>failed</c>, <c>lost</c>.</summary>
    public string ClientStatus { get; init; } = AllocationStatus.ClientPending;

    /// <summary>The IDs of the lower-priority allocations this placement preempts (Nomad's <c>PreemptedAllocations</c>).</summary>
    public IReadOnlyList<string> PreemptedAllocations { get; init; } = [];

    /// <summary>How the scheduler chose the node, or <see langword="null"/> for allocations it did not place.</summary>
    public AllocMetric? Metrics { get; init; }

    /// <summary>Whether the allocation still holds its resources: it should run and has not terminated.</summary>
    public bool HoldsResources =>
        DesiredStatus == AllocationStatus.DesiredRun
        && ClientStatus is not (AllocationStatus.ClientComplete or AllocationStatus.ClientFailed or AllocationStatus.ClientLost);
}
