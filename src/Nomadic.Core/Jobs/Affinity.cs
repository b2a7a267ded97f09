namespace Nomadic.Core.Jobs;

/// <summary>An <c>affinity</c> block: a soft placement preference.</summary>
public sealed class Affinity
{
    /// <summary>The left-hand side, usually a node attribute (<c>attribute</c>).</summary>
    public string LTarget { get; set; } = "";

    /// <summary>The right-hand side (<c>value</c>).</summary>
    public string RTarget { get; set; } = "";

    /// <summary>The operator (<c>operator</c>).</summary>
    public string Operand { get; set; } = "";

    /// <summary>The weight, -100 to 100; negative repels (<c>weight</c>; default 50).</summary>
    public sbyte? Weight { get; set; }
}
