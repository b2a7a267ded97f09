namespace Nomadic.Core.Jobs;

/// <summary>A <c>target "value" { percent = N }</c> block inside <c>spread</c>.</summary>
public sealed class SpreadTarget
{
    /// <summary>The attribute value (the block label).</summary>
    public string Value { get; set; } = "";

    /// <summary>The share of allocations, 0 to 100 (<c>percent</c>).</summary>
    public byte Percent { get; set; }
}
