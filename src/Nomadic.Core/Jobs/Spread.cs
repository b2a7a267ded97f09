namespace Nomadic.Core.Jobs;

/// <summary>A <c>spread</c> block: spread allocations over the values of a node attribute.</summary>
public sealed class Spread
{
    /// <summary>The node attribute to spread over (<c>attribute</c>).</summary>
    public string Attribute { get; set; } = "";

    /// <summary>The weight, 0 to 100 (<c>weight</c>; default 50).</summary>
    public sbyte? Weight { get; set; }

    /// <summary>Desired percentages per attribute value (<c>target</c> blocks).</summary>
    public IList<SpreadTarget>? SpreadTarget { get; set; }
}
