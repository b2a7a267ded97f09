namespace Nomadic.Core.Scheduling;

/// <summary>One candidate node's capacity (minus its reserved resources) and what the allocations use of it.</summary>
internal struct NodeUsage
{
    public long CpuCapacity;
    public long MemoryCapacity;
    public long DiskCapacity;
    public long CpuUsed;
    public long MemoryUsed;
    public long DiskUsed;
}
