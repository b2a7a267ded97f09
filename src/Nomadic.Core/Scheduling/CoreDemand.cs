using Nomadic.Topology.Selection;

namespace Nomadic.Core.Scheduling;

/// <summary>A task that reserves whole cores: how many, and how they may sit on NUMA nodes.</summary>
/// <param name="TaskIndex">The index of the task in the group.</param>
/// <param name="Count">How many cores.</param>
/// <param name="Affinity">The <c>numa.affinity</c>.</param>
/// <param name="NumaDevices">The <c>numa.devices</c> names whose assigned instances the cores must share a NUMA node with, or null.</param>
internal readonly record struct CoreDemand(int TaskIndex, int Count, NumaAffinity Affinity, string[]? NumaDevices = null);
