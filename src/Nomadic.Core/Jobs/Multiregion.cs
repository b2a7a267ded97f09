namespace Nomadic.Core.Jobs;

/// <summary>A <c>multiregion</c> block (Enterprise): deploy the job to several regions.</summary>
public sealed class Multiregion
{
    /// <summary>How regions are rolled out (<c>strategy</c> block).</summary>
    public MultiregionStrategy? Strategy { get; set; }

    /// <summary>The regions (<c>region</c> blocks).</summary>
    public IList<MultiregionRegion>? Regions { get; set; }
}
