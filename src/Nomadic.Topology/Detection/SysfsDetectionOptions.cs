namespace Nomadic.Topology.Detection;

/// <summary>Client configuration applied on top of what sysfs shows, like Nomad's <c>numalib.ConfigScanner</c>.</summary>
public sealed class SysfsDetectionOptions
{
    /// <summary>Core IDs withheld from the scheduler (Nomad's <c>client.reserved.cores</c>); they become disabled. Default: none.</summary>
    public IReadOnlyCollection<int> ReservedCores { get; init; } = [];

    /// <summary>
    /// When set, the only core IDs the scheduler may use (Nomad's <c>client.reservable_cores</c>); every other core
    /// becomes disabled. Default: <see langword="null"/>, all cores.
    /// </summary>
    public IReadOnlyCollection<int>? ReservableCores { get; init; }

    /// <summary>Overrides the detected total compute in MHz (Nomad's <c>cpu_total_compute</c>). Default: 0, no override.</summary>
    public long TotalComputeOverride { get; init; }

    /// <summary>Compute withheld from the scheduler in MHz (Nomad's <c>client.reserved.cpu</c>). Default: 0.</summary>
    public long ReservedCompute { get; init; }
}
