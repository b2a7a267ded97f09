namespace Nomadic.Topology;

/// <summary>One logical core (a vCPU) of a node, like Nomad's <c>numalib.Core</c>.</summary>
/// <param name="Id">The core (CPU) ID the operating system uses.</param>
/// <param name="SocketId">The physical package (socket) the core sits in.</param>
/// <param name="NumaNodeId">The NUMA node the core belongs to.</param>
/// <param name="Grade">Whether the core is a performance or an efficiency core.</param>
/// <param name="Disabled">Whether the scheduler must not use the core (reserved or outside the reservable set).</param>
/// <param name="BaseSpeed">The base frequency in MHz, or 0 when unknown.</param>
/// <param name="MaxSpeed">The maximum frequency in MHz, or 0 when unknown.</param>
/// <param name="GuessSpeed">A best-effort frequency in MHz, or 0 when unknown.</param>
public readonly record struct Core(
    int Id,
    int SocketId,
    int NumaNodeId,
    CoreGrade Grade,
    bool Disabled,
    long BaseSpeed,
    long MaxSpeed,
    long GuessSpeed)
{
    /// <summary>The speed the scheduler counts for this core: the base speed, else the maximum, else the guess (MHz).</summary>
    public long Mhz => BaseSpeed > 0 ? BaseSpeed : MaxSpeed > 0 ? MaxSpeed : GuessSpeed;
}
