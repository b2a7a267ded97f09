using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions;

/// <summary>One parameter of an <see cref="HclFunction"/>, as cty's <c>function.Parameter</c>.</summary>
/// <param name="Name">The parameter's name, used in error messages.</param>
/// <param name="Type">The type arguments are converted to before the call; <see cref="HclType.Dynamic"/> accepts any.</param>
public sealed record FunctionParameter(string Name, HclType Type)
{
    /// <summary>Gets a value indicating whether a null argument is passed to the implementation. Defaults to false: a null is an error.</summary>
    public bool AllowNull { get; init; }

    /// <summary>
    /// Gets a value indicating whether an unknown argument is passed to the implementation. Defaults to false: the call
    /// then returns an unknown value of the return type without running the implementation.
    /// </summary>
    public bool AllowUnknown { get; init; }

    /// <summary>Gets a value indicating whether an argument of unknown type (unknown of <see cref="HclType.Dynamic"/>) is passed through. Defaults to false.</summary>
    public bool AllowDynamicType { get; init; }
}
