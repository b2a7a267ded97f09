namespace Nomadic.Core.Scheduling;

/// <summary>A node's CPU, memory and disk minus its reserved resources, as a snapshot keeps it for every plan.</summary>
internal readonly record struct NodeCapacity(long Cpu, long Memory, long Disk);
