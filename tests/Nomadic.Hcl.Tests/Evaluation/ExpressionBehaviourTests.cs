using Nomadic.Hcl.Functions;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>
/// HCL's TestAllBoolExpressions, TestExpressionErrorMessages, TestFunctionCallExprValue, TestExpressionAsTraversal,
/// TestStaticExpressionList and TestParseExpression_incompleteFunctionCall.
/// </summary>
public sealed class ExpressionBehaviourTests
{
    private static readonly Dictionary<string, HclFunction> LengthAndJson = new()
    {
        ["length"] = HclFunction.Create("length", [new FunctionParameter("str", HclType.String)], HclType.Number, args => HclValue.Number(args[0].StringLength)),
        ["jsondecode"] = new HclFunction(
            "jsondecode",
            [new FunctionParameter("str", HclType.String)],
            null,
            args => args[0].IsKnown ? JsonDecode(args[0]).Type : HclType.Dynamic,
            (args, _) => JsonDecode(args[0])),
    };

    /// <summary>The truth tables of the logical operators, with <c>unknown</c> the dynamic unknown. An unknown result is an unknown bool.</summary>
    [Theory]
    [InlineData("true && true", "true")]
    [InlineData("true || true", "true")]
    [InlineData("true && false", "false")]
    [InlineData("true || false", "true")]
    [InlineData("true && unknown", "unknown(true)")]
    [InlineData("true || unknown", "true")]
    [InlineData("false && true", "false")]
    [InlineData("false || true", "true")]
    [InlineData("false && false", "false")]
    [InlineData("false || false", "false")]
    [InlineData("false && unknown", "false")]
    [InlineData("false || unknown", "unknown(true)")]
    [InlineData("unknown && true", "unknown(true)")]
    [InlineData("unknown || true", "true")]
    [InlineData("unknown && false", "false")]
    [InlineData("unknown || false", "unknown(true)")]
    [InlineData("unknown && unknown", "unknown(true)")]
    [InlineData("unknown || unknown", "unknown(true)")]
    [InlineData("true && true && true", "true")]
    [InlineData("true || true && true", "true")]
    [InlineData("true || true || true", "true")]
    [InlineData("true && true || true", "true")]
    [InlineData("true && true && false", "false")]
    [InlineData("true || true && false", "true")]
    [InlineData("true || true || false", "true")]
    [InlineData("true && true || false", "true")]
    [InlineData("true && true && unknown", "unknown(true)")]
    [InlineData("true || true && unknown", "true")]
    [InlineData("true || true || unknown", "true")]
    [InlineData("true && true || unknown", "true")]
    [InlineData("true && false && true", "false")]
    [InlineData("true || false && true", "true")]
    [InlineData("true || false || true", "true")]
    [InlineData("true && false || true", "true")]
    [InlineData("true && false && false", "false")]
    [InlineData("true || false && false", "true")]
    [InlineData("true || false || false", "true")]
    [InlineData("true && false || false", "false")]
    [InlineData("true && false && unknown", "false")]
    [InlineData("true || false && unknown", "true")]
    [InlineData("true || false || unknown", "true")]
    [InlineData("true && false || unknown", "unknown(true)")]
    [InlineData("true && unknown && true", "unknown(true)")]
    [InlineData("true || unknown && true", "true")]
    [InlineData("true || unknown || true", "true")]
    [InlineData("true && unknown || true", "true")]
    [InlineData("true && unknown && false", "false")]
    [InlineData("true || unknown && false", "true")]
    [InlineData("true || unknown || false", "true")]
    [InlineData("true && unknown || false", "unknown(true)")]
    [InlineData("true && unknown && unknown", "unknown(true)")]
    [InlineData("true || unknown && unknown", "true")]
    [InlineData("true || unknown || unknown", "true")]
    [InlineData("true && unknown || unknown", "unknown(true)")]
    [InlineData("false && true && true", "false")]
    [InlineData("false || true && true", "true")]
    [InlineData("false || true || true", "true")]
    [InlineData("false && true || true", "true")]
    [InlineData("(false && true) || true", "true")]
    [InlineData("false && true && false", "false")]
    [InlineData("false || true && false", "false")]
    [InlineData("false || true || false", "true")]
    [InlineData("false && true || false", "false")]
    [InlineData("false && true && unknown", "false")]
    [InlineData("false || true && unknown", "unknown(true)")]
    [InlineData("false || true || unknown", "true")]
    [InlineData("false && true || unknown", "unknown(true)")]
    [InlineData("(false && true) || unknown", "unknown(true)")]
    [InlineData("false && false && true", "false")]
    [InlineData("false || false && true", "false")]
    [InlineData("false || false || true", "true")]
    [InlineData("false && false || true", "true")]
    [InlineData("false && false && false", "false")]
    [InlineData("false || false && false", "false")]
    [InlineData("false || false || false", "false")]
    [InlineData("false && false || false", "false")]
    [InlineData("false && false && unknown", "false")]
    [InlineData("false || false && unknown", "false")]
    [InlineData("false || false || unknown", "unknown(true)")]
    [InlineData("false && false || unknown", "unknown(true)")]
    [InlineData("(false && false) || unknown", "unknown(true)")]
    [InlineData("false && unknown && true", "false")]
    [InlineData("false || unknown && true", "unknown(true)")]
    [InlineData("false || unknown || true", "true")]
    [InlineData("false && unknown || true", "true")]
    [InlineData("(false && unknown) || true", "true")]
    [InlineData("false && unknown && false", "false")]
    [InlineData("false || unknown && false", "false")]
    [InlineData("false || unknown || false", "unknown(true)")]
    [InlineData("false && unknown || false", "false")]
    [InlineData("false && unknown && unknown", "false")]
    [InlineData("false || unknown && unknown", "unknown(true)")]
    [InlineData("false || unknown || unknown", "unknown(true)")]
    [InlineData("false && unknown || unknown", "unknown(true)")]
    [InlineData("(false && unknown) || unknown", "unknown(true)")]
    [InlineData("unknown && true && true", "unknown(true)")]
    [InlineData("unknown || true && true", "true")]
    [InlineData("unknown || true || true", "true")]
    [InlineData("unknown && true || true", "true")]
    [InlineData("unknown && true && false", "false")]
    [InlineData("unknown || true && false", "unknown(true)")]
    [InlineData("unknown || (true && false)", "unknown(true)")]
    [InlineData("unknown || true || false", "true")]
    [InlineData("unknown && true || false", "unknown(true)")]
    [InlineData("unknown && true && unknown", "unknown(true)")]
    [InlineData("unknown || true && unknown", "unknown(true)")]
    [InlineData("unknown || true || unknown", "true")]
    [InlineData("unknown && true || unknown", "unknown(true)")]
    [InlineData("unknown && false && true", "false")]
    [InlineData("unknown || false && true", "unknown(true)")]
    [InlineData("unknown || false || true", "true")]
    [InlineData("unknown && false || true", "true")]
    [InlineData("(unknown && false) || true", "true")]
    [InlineData("unknown && false && false", "false")]
    [InlineData("unknown || false && false", "unknown(true)")]
    [InlineData("unknown || false || false", "unknown(true)")]
    [InlineData("unknown && false || false", "false")]
    [InlineData("unknown && false && unknown", "false")]
    [InlineData("unknown || false && unknown", "unknown(true)")]
    [InlineData("unknown || false || unknown", "unknown(true)")]
    [InlineData("unknown && false || unknown", "unknown(true)")]
    [InlineData("unknown && unknown && true", "unknown(true)")]
    [InlineData("unknown || unknown && true", "unknown(true)")]
    [InlineData("unknown || unknown || true", "true")]
    [InlineData("unknown && unknown || true", "true")]
    [InlineData("unknown && unknown && false", "false")]
    [InlineData("unknown || unknown && false", "unknown(true)")]
    [InlineData("unknown || unknown || false", "unknown(true)")]
    [InlineData("unknown && unknown || false", "unknown(true)")]
    [InlineData("unknown && unknown && unknown", "unknown(true)")]
    [InlineData("unknown || unknown && unknown", "unknown(true)")]
    [InlineData("unknown || unknown || unknown", "unknown(true)")]
    [InlineData("unknown && unknown || unknown", "unknown(true)")]
    public void Logical_operators_short_circuit_like_hcl(string input, string want)
    {
        var context = EvalContext.Create(new Dictionary<string, HclValue> { ["unknown"] = HclValue.DynamicUnknown });

        var got = Eval.Ok(input, context);

        TestValues.AssertRawEqual(TestValues.Value(want), got, input);
    }

    [Theory]
    [InlineData("true ? 1 : true", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. The 'true' value is number, but the 'false' value is bool.")]
    [InlineData("true ? [1] : [true]", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. Type mismatch for tuple element 0: The 'true' value is number, but the 'false' value is bool.")]
    [InlineData("true ? [1] : [1, true]", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. The 'true' tuple has length 1, but the 'false' tuple has length 2.")]
    [InlineData("true ? { a = 1 } : { a = true }", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. Type mismatch for object attribute \"a\": The 'true' value is number, but the 'false' value is bool.")]
    [InlineData("true ? { a = true, b = 1 } : { a = true }", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. The 'true' value includes object attribute \"b\", which is absent in the 'false' value.")]
    [InlineData("true ? { a = true } : { a = true, b = 1 }", null, "Inconsistent conditional result types", "The true and false result expressions must have consistent types. The 'false' value includes object attribute \"b\", which is absent in the 'true' value.")]
    [InlineData("true ? listOf2Tuple : listOf1Tuple", "{listOf2Tuple = convert([[true, 0]], list(tuple([bool, number]))), listOf1Tuple = convert([[true]], list(tuple([bool])))}", "Inconsistent conditional result types", "The true and false result expressions must have consistent types. Mismatched list element types: The 'true' tuple has length 2, but the 'false' tuple has length 1.")]
    [InlineData("true ? setOf2Tuple : setOf1Tuple", "{setOf2Tuple = convert([[true, 0]], set(tuple([bool, number]))), setOf1Tuple = convert([[true]], set(tuple([bool])))}", "Inconsistent conditional result types", "The true and false result expressions must have consistent types. Mismatched set element types: The 'true' tuple has length 2, but the 'false' tuple has length 1.")]
    [InlineData("true ? mapOf1Tuple : mapOf2Tuple", "{mapOf1Tuple = convert({a = [true]}, map(tuple([bool]))), mapOf2Tuple = convert({a = [true, 0]}, map(tuple([bool, number])))}", "Inconsistent conditional result types", "The true and false result expressions must have consistent types. Mismatched map element types: The 'true' tuple has length 1, but the 'false' tuple has length 2.")]
    [InlineData("true ? listOfListOf2Tuple : listOfListOf1Tuple", "{listOfListOf2Tuple = convert([[[true, 0]]], list(list(tuple([bool, number])))), listOfListOf1Tuple = convert([[[true]]], list(list(tuple([bool]))))}", "Inconsistent conditional result types", "The true and false result expressions must have consistent types. At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value.")]
    [InlineData("notobj != null && notobj.foo", "{notobj = true}", "Unsupported attribute", "Can't access attributes on a primitive-typed value (bool).")]
    [InlineData("notobj == null || notobj.foo", "{notobj = true}", "Unsupported attribute", "Can't access attributes on a primitive-typed value (bool).")]
    [InlineData("notlist != null && notlist[0]", "{notlist = true}", "Invalid index", "This value does not have any indices.")]
    [InlineData("value != null && valeu", "{value = true}", "Unknown variable", "There is no variable named \"valeu\". Did you mean \"value\"?")]
    [InlineData("unknown && \"value\"", "{unknown = unknown(true)}", "Invalid operand", "Unsuitable value for right operand: a bool is required.")]
    [InlineData("value && \"value\"", "{value = false}", "Invalid operand", "Unsuitable value for right operand: a bool is required.")]
    [InlineData("foo(value) && true", "", "Function calls not allowed", "Functions may not be called here.")]
    [InlineData("map != null || map[\"key\"] == \"value\"", "{map = convert(null, map(string))}", "Attempt to index null value", "This value is null, so it does not have any indices.")]
    public void Reports_errors_with_hcl_messages(string input, string? variables, string summary, string detail)
    {
        var (_, diags) = Eval.Expression(input, TestValues.Context(variables, null));

        Assert.True(
            diags.Any(d => d.Severity == DiagnosticSeverity.Error && d.Summary == summary && d.Detail == detail),
            $"{input}\nwant: {summary}; {detail}\ngot:\n{diags}");
    }

    [Theory]
    [InlineData("length(\"hello\")", null, "5", 0)]
    [InlineData("length(true)", null, "4", 0)]
    [InlineData("length(x)", "{x = unknown(\"\")}", "unknown(0)", 0)]
    [InlineData("length(x)", "{x = unknown(true)}", "unknown(0)", 0)]
    [InlineData("length(x)", "{x = unknown(null)}", "unknown(0)", 0)]
    [InlineData("length(x)", "{x = convert([\"hello\"], list(string))}", "unknown(null)", 1)]
    [InlineData("jsondecode(\"\\\"hello\\\"\")", null, "\"hello\"", 0)]
    [InlineData("jsondecode(x)", "{x = unknown(\"\")}", "unknown(null)", 0)]
    [InlineData("jsondecode(\"invalid-json\")", null, "unknown(null)", 1)]
    [InlineData("lenth(\"hello\")", null, "unknown(null)", 1)]
    public void Calls_functions_like_hcl(string input, string? variables, string want, int diagCount)
    {
        var context = TestValues.Context(variables ?? "{}", null)!;
        context.Functions = LengthAndJson;

        var (got, diags) = Eval.Expression(input, context);

        TestValues.AssertRawEqual(TestValues.Value(want), got, input);
        Assert.True(diagCount == diags.Count, $"{input}: want {diagCount} diagnostics, got {diags.Count}:\n{diags}");
    }

    [Fact]
    public void A_static_traversal_has_attribute_and_index_steps()
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression("a.b[0][\"c\"]", "test.hcl", diags);

        var traversal = HclExpressions.AsTraversal(expression, diags);

        Assert.Empty(diags);
        Assert.NotNull(traversal);
        Assert.Equal("a", traversal.RootName);
        Assert.Equal(3, traversal.Steps.Count);
        Assert.Equal("b", traversal.Steps[0].AttributeName);
        Assert.False(traversal.Steps[1].IsAttribute);
        TestValues.AssertRawEqual(HclValue.Number(0), traversal.Steps[1].Key, "step 2");
        Assert.False(traversal.Steps[2].IsAttribute);
        TestValues.AssertRawEqual(HclValue.String("c"), traversal.Steps[2].Key, "step 3");
    }

    [Fact]
    public void A_static_list_has_one_expression_per_element()
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression("[0, a, true]", "test.hcl", diags);

        var items = HclExpressions.AsList(expression, diags);

        Assert.Empty(diags);
        Assert.NotNull(items);
        Assert.Equal(3, items.Count);
        TestValues.AssertRawEqual(HclValue.Number(0), items[0].Evaluate(null, diags), "first element");
    }

    /// <summary>A call whose argument is incomplete still spans the whole call, when the call is closed.</summary>
    [Theory]
    [InlineData("object({ foo = })", "test.hcl:1,1-18")]
    [InlineData("object({\n  foo =\n})", "test.hcl:1,1-3,3")]
    public void An_incomplete_argument_keeps_the_call_range(string input, string range)
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression(input, "test.hcl", diags);

        Assert.True(diags.HasErrors);
        Assert.Equal(range, expression.Range.ToString());
        Assert.Equal(new SourcePos(1, 1, 0), expression.Range.Start);
    }

    private static HclValue JsonDecode(HclValue text)
    {
        try
        {
            return HclJsonValues.FromJson(text.AsString());
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new HclFunctionException(0, e.Message);
        }
    }
}
