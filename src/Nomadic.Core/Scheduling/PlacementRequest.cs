using Nomadic.Core.Jobs;
using Nomadic.Topology.Cluster;

namespace Nomadic.Core.Scheduling;

/// <summary>What to schedule: a canonicalized job, the cluster and the allocations it already holds.</summary>
public sealed class PlacementRequest
{
    /// <summary>The job, canonicalized (<see cref="Jobs.Validation.JobCanonicalizer"/>); it is read, never changed.</summary>
    public required Job Job { get; init; }

    /// <summary>
    /// Every node of the cluster, in any status; the engine keeps the ready, eligible ones of the job's pool and
    /// datacenters. Pass a <see cref="ClusterSnapshot"/> to reuse its per-node work across plans.
    /// </summary>
    public required IReadOnlyList<ClusterNode> Nodes { get; init; }

    /// <summary>The allocations of every job on these nodes; those that hold resources count as used.</summary>
    public IReadOnlyList<Allocation> Allocations { get; init; } = [];

    /// <summary>IDs of allocations the plan already stops: their resources are free and their names must be replaced.</summary>
    public IReadOnlySet<string> PlannedStops { get; init; } = new HashSet<string>();

    /// <summary>The shuffle seed (Nomad derives it from the evaluation ID); <see cref="SchedulerOptions.Seed"/> when null.</summary>
    public ulong? Seed { get; init; }
}
