namespace Nomadic.Core.Scheduling;

/// <summary>
/// One placement of a plan in compact form: which group instance goes to which node. The allocation object with
/// its resources and metrics is built on demand by <see cref="PlacementPlan.ToAllocations"/>.
/// </summary>
/// <param name="GroupIndex">The index of the task group in the job.</param>
/// <param name="AllocIndex">The instance index, the <c>N</c> of <c>job.group[N]</c>.</param>
/// <param name="NodeOrdinal">The index of the node in the request's node list.</param>
/// <param name="NodesEvaluated">The nodes looked at for this placement.</param>
/// <param name="NodesFiltered">The nodes rejected by feasibility checks for this placement.</param>
/// <param name="NodesExhausted">The feasible nodes that lacked resources for this placement.</param>
/// <param name="Score">The chosen node's final (mean) score.</param>
/// <param name="CoresIndex">The index into the plan's core reservations, or -1 when the group reserves no cores.</param>
/// <param name="PortsIndex">The index of the group's assigned dynamic ports in the plan, or -1 when it has none.</param>
/// <param name="DevicesIndex">The index of the placement's assigned devices in the plan, or -1 when the group asks for none.</param>
/// <param name="PreemptionsIndex">The index into the plan's <see cref="PlacementPlan.Preemptions"/>, or -1 when the placement preempts nothing.</param>
public readonly record struct Placement(
    int GroupIndex,
    int AllocIndex,
    int NodeOrdinal,
    int NodesEvaluated,
    int NodesFiltered,
    int NodesExhausted,
    double Score,
    int CoresIndex,
    int PreemptionsIndex = -1,
    int PortsIndex = -1,
    int DevicesIndex = -1);
