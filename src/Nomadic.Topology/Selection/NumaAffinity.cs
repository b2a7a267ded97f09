namespace Nomadic.Topology.Selection;

/// <summary>The <c>numa { affinity = ... }</c> of a task's <c>resources</c> block.</summary>
public enum NumaAffinity
{
    /// <summary>
    /// <c>none</c> (the default): any cores, packed onto the NUMA nodes with the fewest free cores to limit
    /// fragmentation. Nomad CE instead takes the lowest core IDs: see <see cref="CoreSelector.SelectLowestIds"/>.
    /// </summary>
    None = 0,

    /// <summary><c>prefer</c>: the core set with the smallest total pairwise SLIT distance; it may span NUMA nodes.</summary>
    Prefer = 1,

    /// <summary><c>require</c>: every core on one NUMA node, or no selection (the node is exhausted on <c>numa-cores</c>).</summary>
    Require = 2,
}
