namespace Nomadic.Core.Scheduling;

/// <summary>The resources an allocation holds: per task, plus those the group shares.</summary>
public sealed class AllocatedResources
{
    /// <summary>The resources of each task, by task name.</summary>
    public IReadOnlyDictionary<string, AllocatedTaskResources> Tasks { get; init; } = new Dictionary<string, AllocatedTaskResources>();

    /// <summary>The resources the tasks share (ephemeral disk, group networks and ports).</summary>
    public AllocatedSharedResources Shared { get; init; } = new();
}

/// <summary>The resources one task holds.</summary>
public sealed class AllocatedTaskResources
{
    /// <summary>The CPU the task holds.</summary>
    public AllocatedCpuResources Cpu { get; init; } = new();

    /// <summary>The memory the task holds.</summary>
    public AllocatedMemoryResources Memory { get; init; } = new();

    /// <summary>The NUMA node the task's cores are on, or <see langword="null"/> when it has no cores or they span nodes.</summary>
    public int? NumaNode { get; init; }

    /// <summary>The device instances assigned to the task (Nomad's <c>AllocatedTaskResources.Devices</c>), one entry per device request.</summary>
    public IReadOnlyList<AllocatedDeviceResource> Devices { get; init; } = [];
}

/// <summary>The CPU a task holds: MHz shares and whole reserved cores.</summary>
public sealed class AllocatedCpuResources
{
    /// <summary>The CPU in MHz (the cores' total MHz when the task reserved cores).</summary>
    public long CpuShares { get; init; }

    /// <summary>The IDs of the cores reserved for the task, ascending.</summary>
    public IReadOnlyList<int> ReservedCores { get; init; } = [];
}

/// <summary>The memory a task holds.</summary>
public sealed class AllocatedMemoryResources
{
    /// <summary>The memory reserved, in MB.</summary>
    public long MemoryMB { get; init; }

    /// <summary>The oversubscription ceiling in MB, 0 unless memory oversubscription is enabled.</summary>
    public long MemoryMaxMB { get; init; }
}

/// <summary>The resources a group's tasks share.</summary>
public sealed class AllocatedSharedResources
{
    /// <summary>The ephemeral disk in MB.</summary>
    public long DiskMB { get; init; }

    /// <summary>The static host ports the allocation holds.</summary>
    public IReadOnlyList<AllocatedPort> Ports { get; init; } = [];
}

/// <summary>A host port an allocation holds.</summary>
/// <param name="Label">The port label from the jobspec.</param>
/// <param name="Value">The host port number.</param>
/// <param name="To">The port inside the task's network namespace, 0 for the same.</param>
public sealed record AllocatedPort(string Label, int Value, int To);

/// <summary>Device instances assigned to a task from one node device group (Nomad's <c>AllocatedDeviceResource</c>).</summary>
/// <param name="Vendor">The device group's vendor.</param>
/// <param name="Type">The device group's type.</param>
/// <param name="Name">The device group's name (model).</param>
/// <param name="DeviceIDs">The IDs of the assigned instances, in the node's order.</param>
public sealed record AllocatedDeviceResource(string Vendor, string Type, string Name, IReadOnlyList<string> DeviceIDs);
