namespace Nomadic.Core.Jobs;

/// <summary>A <c>constraint</c> block: a hard placement rule comparing a node attribute with a value.</summary>
public sealed class Constraint
{
    /// <summary>The left-hand side, usually an attribute such as <c>${attr.kernel.name}</c> (<c>attribute</c>).</summary>
    public string LTarget { get; set; } = "";

    /// <summary>The right-hand side (<c>value</c>).</summary>
    public string RTarget { get; set; } = "";

    /// <summary>The operator, such as <c>=</c>, <c>regexp</c>, <c>semver</c> or <c>distinct_hosts</c> (<c>operator</c>).</summary>
    public string Operand { get; set; } = "";
}
