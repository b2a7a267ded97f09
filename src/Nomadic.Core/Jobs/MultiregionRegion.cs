namespace Nomadic.Core.Jobs;

/// <summary>A <c>region "name" { ... }</c> block inside <c>multiregion</c>.</summary>
public sealed class MultiregionRegion
{
    /// <summary>The region name (the block label).</summary>
    public string Name { get; set; } = "";

    /// <summary>The group count in this region (<c>count</c>).</summary>
    public int? Count { get; set; }

    /// <summary>The datacenters in this region (<c>datacenters</c>).</summary>
    public IList<string>? Datacenters { get; set; }

    /// <summary>The node pool in this region (<c>node_pool</c>).</summary>
    public string NodePool { get; set; } = "";

    /// <summary>Metadata merged into the job in this region (<c>meta</c>).</summary>
    public IDictionary<string, string>? Meta { get; set; }
}
