using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>
/// Functions that receive their arguments as unevaluated expressions: <c>try</c>, <c>can</c> and <c>convert</c>.
/// Register these instances in <see cref="EvalContext.Functions"/>; the evaluator recognizes them.
/// </summary>
public static class ExpressionFunctions
{
    /// <summary>Gets <c>try(expr, ...)</c>: the value of the first argument that evaluates without errors.</summary>
    public static HclFunction Try { get; } = Special("try", "Returns the value of the first argument expression that evaluates without errors.", variadic: true);

    /// <summary>Gets <c>can(expr)</c>: whether the argument evaluates without errors.</summary>
    public static HclFunction Can { get; } = Special("can", "Returns whether the argument expression evaluates without errors.", variadic: false);

    /// <summary>Gets <c>convert(value, type)</c>: the value converted to a type written as a type expression.</summary>
    public static HclFunction Convert { get; } = new(
        "convert",
        [new FunctionParameter("value", HclType.Dynamic) { AllowNull = true, AllowUnknown = true, AllowDynamicType = true }, new FunctionParameter("type", HclType.Dynamic)],
        null,
        _ => HclType.Dynamic,
        (_, _) => throw new HclFunctionException("convert must be called from an HCL expression, with a type expression as its second argument"),
        "Converts a value to the type given as a type expression, such as list(string).");

    /// <summary>Gets the three functions by name.</summary>
    public static IReadOnlyDictionary<string, HclFunction> All { get; } = new Dictionary<string, HclFunction>(StringComparer.Ordinal)
    {
        ["try"] = Try,
        ["can"] = Can,
        ["convert"] = Convert,
    };

    private static HclFunction Special(string name, string description, bool variadic) => new(
        name,
        variadic ? [] : [new FunctionParameter("expression", HclType.Dynamic)],
        variadic ? new FunctionParameter("expressions", HclType.Dynamic) : null,
        _ => HclType.Dynamic,
        (_, _) => throw new HclFunctionException($"{name} must be called from an HCL expression, which passes it unevaluated arguments"),
        description);
}
