namespace Nomadic.Topology.Selection;

/// <summary>The cores chosen for one task.</summary>
/// <param name="CoreIds">The chosen core IDs, ascending.</param>
/// <param name="TotalMhz">The sum of the chosen cores' MHz: the CPU bandwidth the task reserves.</param>
/// <param name="NumaNodes">The NUMA node IDs the chosen cores lie on, ascending.</param>
/// <param name="TotalDistance">The sum of the SLIT distances over every pair of chosen cores.</param>
public sealed record CoreSelection(
    IReadOnlyList<int> CoreIds,
    long TotalMhz,
    IReadOnlyList<int> NumaNodes,
    long TotalDistance);
