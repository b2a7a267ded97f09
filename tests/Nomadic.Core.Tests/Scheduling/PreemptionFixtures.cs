using Nomadic.Core.Scheduling;

namespace Nomadic.Core.Tests.Scheduling;

internal static class PreemptionFixtures
{
    public static Allocation Running(string id, string nodeId, int priority, long cpu, long memory, long disk = 0, string job = "low", string group = "web", int maxParallel = 0, int[]? cores = null) => new()
    {
        ID = id,
        Name = $"{job}.{group}[0]",
        JobID = job,
        JobPriority = priority,
        TaskGroup = group,
        NodeID = nodeId,
        MigrateMaxParallel = maxParallel,
        ClientStatus = AllocationStatus.ClientRunning,
        AllocatedResources = new AllocatedResources
        {
            Tasks = new Dictionary<string, AllocatedTaskResources>
            {
                ["main"] = new()
                {
                    Cpu = new AllocatedCpuResources { CpuShares = cpu, ReservedCores = cores ?? [] },
                    Memory = new AllocatedMemoryResources { MemoryMB = memory },
                },
            },
            Shared = new AllocatedSharedResources { DiskMB = disk },
        },
    };
}
