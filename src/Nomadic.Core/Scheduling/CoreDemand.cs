using Nomadic.Topology.Selection;

namespace Nomadic.Core.Scheduling;

/// <summary>A task that reserves whole cores: how many, and how they may sit on NUMA nodes.</summary>
internal readonly record struct CoreDemand(int TaskIndex, int Count, NumaAffinity Affinity);
