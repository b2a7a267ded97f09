namespace Nomadic.Topology;

/// <summary>Whether a logical core is a performance or an efficiency core, as Nomad's numalib grades it.</summary>
public enum CoreGrade
{
    /// <summary>An efficiency core. Nomad grades a core without thread siblings this way.</summary>
    Efficiency = 0,

    /// <summary>A performance core: Nomad grades a core with more than one thread sibling this way.</summary>
    Performance = 1,
}
