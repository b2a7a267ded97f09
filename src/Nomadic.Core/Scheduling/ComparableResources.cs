namespace Nomadic.Core.Scheduling;

/// <summary>
/// Nomad's <c>ComparableResources</c> reduced to what preemption weighs: CPU MHz, memory, disk and a count of
/// reserved cores. Values may go negative while a preemption search subtracts what it has already freed.
/// </summary>
internal readonly record struct ComparableResources(long Cpu, long Memory, long Disk, int Cores)
{
    public static ComparableResources Of(Allocation alloc)
    {
        long cpu = 0, memory = 0;
        var cores = 0;
        foreach (var task in alloc.AllocatedResources.Tasks.Values)
        {
            cpu += task.Cpu.CpuShares;
            memory += task.Memory.MemoryMB;
            cores += task.Cpu.ReservedCores.Count;
        }

        return new ComparableResources(cpu, memory, alloc.AllocatedResources.Shared.DiskMB, cores);
    }

    public ComparableResources Add(in ComparableResources other) =>
        new(Cpu + other.Cpu, Memory + other.Memory, Disk + other.Disk, Cores + other.Cores);

    public ComparableResources Subtract(in ComparableResources other) =>
        new(Cpu - other.Cpu, Memory - other.Memory, Disk - other.Disk, Cores - other.Cores);

    public bool Superset(in ComparableResources other) =>
        Cpu >= other.Cpu && Memory >= other.Memory && Disk >= other.Disk && Cores >= other.Cores;

    /// <summary>
    /// Nomad's <c>basicResourceDistance</c>: the Euclidean length of the normalized (memory, cpu, disk) gap
    /// between an ask and what an allocation holds; a dimension the ask does not need counts 0.
    /// </summary>
    public static double Distance(in ComparableResources ask, in ComparableResources used)
    {
        var memory = ask.Memory > 0 ? (double)(ask.Memory - used.Memory) / ask.Memory : 0.0;
        var cpu = ask.Cpu > 0 ? (double)(ask.Cpu - used.Cpu) / ask.Cpu : 0.0;
        var disk = ask.Disk > 0 ? (double)(ask.Disk - used.Disk) / ask.Disk : 0.0;
        return Math.Sqrt((memory * memory) + (cpu * cpu) + (disk * disk));
    }
}
