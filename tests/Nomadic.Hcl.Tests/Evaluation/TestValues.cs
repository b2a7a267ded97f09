using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>
/// Builds values, contexts and functions for table tests. Values are written as HCL expressions, with two helpers:
/// <c>convert(v, type)</c> for typed values (lists, sets, maps, typed nulls) and <c>unknown(sample)</c> for an unknown
/// of the sample's type (<c>unknown(null)</c> is the dynamic unknown).
/// </summary>
internal static class TestValues
{
    private static readonly HclFunction UnknownOf = new(
        "unknown",
        [new FunctionParameter("sample", HclType.Dynamic) { AllowNull = true, AllowUnknown = true, AllowDynamicType = true }],
        null,
        _ => HclType.Dynamic,
        (args, _) => HclValue.Unknown(args[0].Type));

    private static readonly EvalContext BuilderContext = EvalContext.Create(
        new Dictionary<string, HclValue>(),
        new Dictionary<string, HclFunction>(ExpressionFunctions.All) { ["unknown"] = UnknownOf });

    /// <summary>Gets functions that behave like the cty standard library functions HCL's tests use.</summary>
    public static IReadOnlyDictionary<string, HclFunction> Library { get; } = new Dictionary<string, HclFunction>
    {
        ["upper"] = HclFunction.Create("upper", [new FunctionParameter("str", HclType.String)], HclType.String, args => HclValue.String(args[0].AsString().ToUpperInvariant())),
        ["negate"] = HclFunction.Create("negate", [new FunctionParameter("num", HclType.Number)], HclType.Number, args => HclValue.Number(-args[0].AsNumber())),
        ["strlen"] = HclFunction.Create("strlen", [new FunctionParameter("str", HclType.String)], HclType.Number, args => HclValue.Number(args[0].StringLength)),
        ["min"] = HclFunction.Create(
            "min",
            [],
            HclType.Number,
            args => args.Aggregate((a, b) => a.AsNumber() <= b.AsNumber() ? a : b),
            new FunctionParameter("numbers", HclType.Number)),
        ["concat"] = new HclFunction(
            "concat",
            [],
            new FunctionParameter("seqs", HclType.Dynamic),
            _ => HclType.Dynamic,
            (args, _) => HclValue.Tuple(args.SelectMany(a => a.Elements))),
        ["misbehave"] = new HclFunction(
            "misbehave",
            [],
            null,
            _ => throw new HclFunctionException(1, "out of range"),
            (_, _) => HclValue.NullDynamic),
        ["misbehave_variadic"] = new HclFunction(
            "misbehave_variadic",
            [],
            new FunctionParameter("foo", HclType.String),
            _ => throw new HclFunctionException(1, "out of range"),
            (_, _) => HclValue.NullDynamic),
    };

    /// <summary>Evaluates a value written as an HCL expression with the <c>convert</c> and <c>unknown</c> helpers.</summary>
    /// <param name="text">The expression.</param>
    /// <returns>The value.</returns>
    public static HclValue Value(string text)
    {
        var diags = new DiagnosticBag();
        var value = HclParser.ParseExpression(text, "value.hcl", diags).Evaluate(BuilderContext, diags);
        Assert.False(diags.HasErrors, $"test value {text}: {diags}");
        return value;
    }

    /// <summary>Builds a context as HCL's tests do.</summary>
    /// <param name="variables">An object constructor of the variables, or null for no variables.</param>
    /// <param name="functions">Comma-separated names from <see cref="Library"/>, or null for no functions.</param>
    /// <returns>The context; null when both are null, like a nil *hcl.EvalContext.</returns>
    public static EvalContext? Context(string? variables, string? functions)
    {
        if (variables is null && functions is null)
        {
            return null;
        }

        var context = new EvalContext();
        if (variables is not null)
        {
            context.Variables = variables.Length == 0 ? null : new Dictionary<string, HclValue>(Value(variables).Attributes);
        }

        if (functions is not null)
        {
            context.Functions = functions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToDictionary(name => name, name => Library[name]);
        }

        return context;
    }

    /// <summary>Asserts that two values are identical, type and all, showing both on failure.</summary>
    /// <param name="expected">The expected value.</param>
    /// <param name="actual">The actual value.</param>
    /// <param name="what">What is being compared, for the message.</param>
    public static void AssertRawEqual(HclValue expected, HclValue actual, string what) =>
        Assert.True(
            expected.RawEquals(actual),
            $"{what}\nwant: {expected} ({expected.Type})\ngot:  {actual} ({actual.Type})");
}
