namespace Nomadic.Hcl.Values;

/// <summary>The kinds of <see cref="HclType"/>.</summary>
public enum HclTypeKind
{
    /// <summary>A Unicode string.</summary>
    String,

    /// <summary>An arbitrary-precision number.</summary>
    Number,

    /// <summary>A boolean.</summary>
    Bool,

    /// <summary>A sequence of values of one element type.</summary>
    List,

    /// <summary>A string-keyed map of values of one element type.</summary>
    Map,

    /// <summary>An unordered collection of distinct values of one element type.</summary>
    Set,

    /// <summary>A fixed-length sequence whose elements each have their own type.</summary>
    Tuple,

    /// <summary>A fixed set of named attributes, each with its own type.</summary>
    Object,

    /// <summary>The placeholder for a type not known yet (cty's DynamicPseudoType; HCL's <c>any</c>).</summary>
    Dynamic,
}
