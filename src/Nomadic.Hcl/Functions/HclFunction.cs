using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Functions;

/// <summary>Computes a function's return type from its (converted, possibly unknown) arguments.</summary>
/// <param name="arguments">The arguments, already converted to the parameter types.</param>
/// <returns>The return type.</returns>
/// <exception cref="HclFunctionException">The arguments cannot be accepted.</exception>
public delegate HclType FunctionReturnType(IReadOnlyList<HclValue> arguments);

/// <summary>Runs a function on known arguments.</summary>
/// <param name="arguments">The arguments, already converted to the parameter types.</param>
/// <param name="returnType">The return type that <see cref="FunctionReturnType"/> computed.</param>
/// <returns>The result, which must conform to <paramref name="returnType"/>.</returns>
/// <exception cref="HclFunctionException">The call failed.</exception>
public delegate HclValue FunctionImplementation(IReadOnlyList<HclValue> arguments, HclType returnType);

/// <summary>
/// A function callable from HCL expressions, with cty's calling convention: arguments are checked for arity, nulls
/// and unknowns, converted to the parameter types, then the return type is computed and the implementation runs.
/// </summary>
public sealed class HclFunction
{
    /// <summary>Initializes a new instance of the <see cref="HclFunction"/> class.</summary>
    /// <param name="name">The function's name, as written in calls.</param>
    /// <param name="parameters">The fixed parameters.</param>
    /// <param name="variadicParameter">The parameter every further argument is checked against, or null for none.</param>
    /// <param name="returnType">Computes the return type.</param>
    /// <param name="implementation">Runs the function.</param>
    /// <param name="description">A one-sentence description for documentation and tooling.</param>
    public HclFunction(
        string name,
        IReadOnlyList<FunctionParameter> parameters,
        FunctionParameter? variadicParameter,
        FunctionReturnType returnType,
        FunctionImplementation implementation,
        string description = "")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(returnType);
        ArgumentNullException.ThrowIfNull(implementation);
        Name = name;
        Parameters = parameters;
        VariadicParameter = variadicParameter;
        ReturnType = returnType;
        Implementation = implementation;
        Description = description;
    }

    /// <summary>Gets the function's name.</summary>
    public string Name { get; }

    /// <summary>Gets the fixed parameters.</summary>
    public IReadOnlyList<FunctionParameter> Parameters { get; }

    /// <summary>Gets the variadic parameter, or null when the function takes exactly <see cref="Parameters"/>.</summary>
    public FunctionParameter? VariadicParameter { get; }

    /// <summary>Gets the return-type computation.</summary>
    public FunctionReturnType ReturnType { get; }

    /// <summary>Gets the implementation.</summary>
    public FunctionImplementation Implementation { get; }

    /// <summary>Gets a one-sentence description.</summary>
    public string Description { get; }

    /// <summary>Creates a function whose return type does not depend on its arguments.</summary>
    /// <param name="name">The function's name.</param>
    /// <param name="parameters">The fixed parameters.</param>
    /// <param name="returns">The return type.</param>
    /// <param name="implementation">Runs the function.</param>
    /// <param name="variadic">The variadic parameter, if any.</param>
    /// <param name="description">A one-sentence description.</param>
    /// <returns>The function.</returns>
    public static HclFunction Create(
        string name,
        IReadOnlyList<FunctionParameter> parameters,
        HclType returns,
        Func<IReadOnlyList<HclValue>, HclValue> implementation,
        FunctionParameter? variadic = null,
        string description = "")
    {
        ArgumentNullException.ThrowIfNull(implementation);
        return new HclFunction(name, parameters, variadic, _ => returns, (args, _) => implementation(args), description);
    }

    /// <summary>
    /// Calls the function as cty does: checks the argument count, rejects nulls where not allowed, converts each
    /// argument to its parameter's type, returns an unknown result when an argument is not wholly known and its
    /// parameter does not accept unknowns (of unknown type when an argument's type is not known and its parameter does
    /// not accept that), and otherwise runs the implementation.
    /// </summary>
    /// <param name="arguments">The arguments.</param>
    /// <returns>The result.</returns>
    /// <exception cref="HclFunctionException">The call failed; <see cref="HclFunctionException.ArgumentIndex"/> names the faulty argument.</exception>
    public HclValue Call(IReadOnlyList<HclValue> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var converted = PrepareArguments(arguments, out var anyUnknownRejected, out var anyDynamicRejected);
        if (anyDynamicRejected && anyUnknownRejected)
        {
            return HclValue.DynamicUnknown;
        }

        var returnType = anyDynamicRejected ? HclType.Dynamic : ReturnType(converted);
        if (anyUnknownRejected)
        {
            return HclValue.Unknown(returnType);
        }

        var result = Implementation(converted, returnType);
        if (!result.IsKnown || result.Type.Equals(returnType) || returnType.IsDynamic)
        {
            return result;
        }

        return HclConvert.TryConvert(result, returnType, out var conformed, out _) ? conformed : result;
    }

    /// <summary>Returns the parameter that governs argument <paramref name="index"/>, or null when there is none.</summary>
    /// <param name="index">The 0-based argument index.</param>
    /// <returns>The parameter.</returns>
    public FunctionParameter? ParameterFor(int index) =>
        index < Parameters.Count ? Parameters[index] : VariadicParameter;

    private HclValue[] PrepareArguments(IReadOnlyList<HclValue> arguments, out bool anyUnknownRejected, out bool anyDynamicRejected)
    {
        if (arguments.Count < Parameters.Count)
        {
            throw new HclFunctionException($"Function \"{Name}\" expects {Parameters.Count} argument(s); missing an argument for \"{Parameters[arguments.Count].Name}\".");
        }

        if (VariadicParameter is null && arguments.Count > Parameters.Count)
        {
            throw new HclFunctionException(Parameters.Count, $"Function \"{Name}\" expects only {Parameters.Count} argument(s).");
        }

        anyUnknownRejected = false;
        anyDynamicRejected = false;
        var converted = new HclValue[arguments.Count];
        for (var i = 0; i < arguments.Count; i++)
        {
            var parameter = ParameterFor(i)!;
            var value = arguments[i];
            if (value.IsNull && !parameter.AllowNull)
            {
                throw new HclFunctionException(i, "argument must not be null");
            }

            if (!value.IsWhollyKnown && !parameter.AllowUnknown)
            {
                anyUnknownRejected = true;
            }

            if (!HclConvert.TryConvert(value, parameter.Type, out var conformed, out var error))
            {
                throw new HclFunctionException(i, error);
            }

            // As cty's ReturnTypeForValues: an argument whose type is not known yet makes the result type unknown too,
            // unless the parameter asks to see such arguments.
            if (conformed.Type.IsDynamic && !parameter.AllowDynamicType)
            {
                anyDynamicRejected = true;
            }

            converted[i] = conformed;
        }

        return converted;
    }
}
