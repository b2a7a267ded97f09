namespace Nomadic.Core.Scheduling;

/// <summary>The cores one task of a placement reserved.</summary>
/// <param name="TaskIndex">The index of the task in its group.</param>
/// <param name="CoreIds">The reserved core IDs, ascending.</param>
/// <param name="Mhz">Their total MHz, which becomes the task's CPU shares.</param>
/// <param name="NumaNode">The NUMA node when all cores are on one, else null.</param>
public sealed record TaskCoreReservation(int TaskIndex, IReadOnlyList<int> CoreIds, long Mhz, int? NumaNode);
