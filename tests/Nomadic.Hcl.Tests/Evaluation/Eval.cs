using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>Evaluates expression text in a small context, for tests.</summary>
internal static class Eval
{
    public static readonly Dictionary<string, HclValue> Variables = new()
    {
        ["str"] = HclValue.String("hello"),
        ["num"] = HclValue.Number(42),
        ["yes"] = HclValue.True,
        ["nothing"] = HclValue.NullDynamic,
        ["unknown"] = HclValue.Unknown(HclType.String),
        ["list"] = HclValue.List([HclValue.String("a"), HclValue.String("b")]),
        ["objs"] = HclValue.Tuple([
            HclValue.Object([new("name", HclValue.String("x")), new("n", HclValue.Number(1))]),
            HclValue.Object([new("name", HclValue.String("y")), new("n", HclValue.Number(2))])]),
        ["map"] = HclValue.Map([new("k1", HclValue.String("v1")), new("k2", HclValue.String("v2"))]),
        ["obj"] = HclValue.Object([new("a", HclValue.Object([new("b", HclValue.Number(7))])), new("list", HclValue.Tuple([HclValue.Number(10), HclValue.Number(20)]))]),
    };

    public static readonly Dictionary<string, HclFunction> Functions = new(ExpressionFunctions.All)
    {
        ["upper"] = HclFunction.Create("upper", [new FunctionParameter("str", HclType.String)], HclType.String, args => HclValue.String(args[0].AsString().ToUpperInvariant())),
        ["add"] = HclFunction.Create("add", [new FunctionParameter("a", HclType.Number), new FunctionParameter("b", HclType.Number)], HclType.Number, args => HclValue.Number(args[0].AsNumber() + args[1].AsNumber())),
        ["count"] = HclFunction.Create("count", [], HclType.Number, args => HclValue.Number(args.Count), new FunctionParameter("items", HclType.Dynamic) { AllowNull = true }),
    };

    public static EvalContext Context() => EvalContext.Create(Variables, Functions);

    public static (HclValue Value, DiagnosticBag Diagnostics) Expression(string text, EvalContext? context = null)
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression(text, "test.hcl", diags);
        var value = expression.Evaluate(context ?? Context(), diags);
        return (value, diags);
    }

    public static HclValue Ok(string text, EvalContext? context = null)
    {
        var (value, diags) = Expression(text, context);
        Assert.False(diags.HasErrors, $"{text}: {diags}");
        return value;
    }

    public static Diagnostic Error(string text, EvalContext? context = null)
    {
        var (_, diags) = Expression(text, context);
        Assert.True(diags.HasErrors, $"{text} should fail");
        return diags.First(d => d.Severity == DiagnosticSeverity.Error);
    }
}
