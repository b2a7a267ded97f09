using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Evaluation;

public sealed class ExpressionEvaluationTests
{
    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e3", "1000")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("\"a\"", "\"a\"")]
    [InlineData("1 + 2 * 3", "7")]
    [InlineData("(1 + 2) * 3", "9")]
    [InlineData("-46 + 5", "-41")]
    [InlineData("10 - 2 - 3", "5")]
    [InlineData("1 / 10", "0.1")]
    [InlineData("11 % 5", "1")]
    [InlineData("11 % 5.1", "0.8")]
    [InlineData("3.14159265358979323846264338327950288419716939937510582097494459 + 1", "4.14159265358979323846264338327950288419716939937510582097494459")]
    [InlineData("1 < 2", "true")]
    [InlineData("2 <= 1", "false")]
    [InlineData("\"1\" == 1", "false")]
    [InlineData("\"a\" != \"b\"", "true")]
    [InlineData("\"5\" + 1", "6")]
    [InlineData("!true", "false")]
    [InlineData("true && false || true", "true")]
    [InlineData("true ? \"a\" : \"b\"", "\"a\"")]
    [InlineData("false ? 1 : \"b\"", "\"b\"")]
    [InlineData("true ? 1 : \"b\"", "\"1\"")]
    [InlineData("[1, \"a\", true]", "[1, \"a\", true]")]
    [InlineData("{a = 1, \"b\" = 2, (str) = 3}", "{a = 1, b = 2, hello = 3}")]
    [InlineData("{true = 1, null = 2}", "{null = 2, true = 1}")]
    [InlineData("str", "\"hello\"")]
    [InlineData("obj.a.b", "7")]
    [InlineData("obj[\"a\"].b", "7")]
    [InlineData("obj.list[1]", "20")]
    [InlineData("obj.list.0", "10")]
    [InlineData("list[num - 41]", "\"b\"")]
    [InlineData("map.k1", "\"v1\"")]
    [InlineData("objs[*].name", "[\"x\", \"y\"]")]
    [InlineData("objs.*.n", "[1, 2]")]
    [InlineData("str[*]", "[\"hello\"]")]
    [InlineData("nothing[*]", "[]")]
    [InlineData("[for x in list : upper(x)]", "[\"A\", \"B\"]")]
    [InlineData("[for i, x in list : \"${i}${x}\"]", "[\"0a\", \"1b\"]")]
    [InlineData("{for k, v in map : v => k}", "{v1 = \"k1\", v2 = \"k2\"}")]
    [InlineData("[for o in objs : o.name if o.n > 1]", "[\"y\"]")]
    [InlineData("{for o in objs : (o.n > 1 ? \"big\" : \"small\") => o.name...}", "{big = [\"y\"], small = [\"x\"]}")]
    [InlineData("\"${str} world\"", "\"hello world\"")]
    [InlineData("\"${num}\"", "42")]
    [InlineData("\"n=${num}\"", "\"n=42\"")]
    [InlineData("\"%{if yes}on%{else}off%{endif}\"", "\"on\"")]
    [InlineData("\"%{for x in list}<${x}>%{endfor}\"", "\"<a><b>\"")]
    [InlineData("\"a ${~ \"b\" ~} c\"", "\"abc\"")]
    [InlineData("\"\\u00e9\\t\\\"\"", "\"é\\t\\\"\"")]
    [InlineData("upper(\"x\")", "\"X\"")]
    [InlineData("add(1, 2)", "3")]
    [InlineData("add([1, 2]...)", "3")]
    [InlineData("count(1, 2, 3)", "3")]
    [InlineData("count(list...)", "2")]
    [InlineData("try(obj.missing, \"fallback\")", "\"fallback\"")]
    [InlineData("try(obj.a.b, 0)", "7")]
    [InlineData("can(obj.missing)", "false")]
    [InlineData("can(obj.a)", "true")]
    [InlineData("convert([1, 2], list(string))", "[\"1\", \"2\"]")]
    [InlineData("unknown == \"a\"", "unknown(bool)")]
    [InlineData("true || unknown == \"a\"", "true")]
    public void Evaluates_like_hcl(string expression, string expected) =>
        Assert.Equal(expected, Eval.Ok(expression).ToString());

    [Theory]
    [InlineData("nope", "Unknown variable", "There is no variable named \"nope\".")]
    [InlineData("sttr", "Unknown variable", "There is no variable named \"sttr\". Did you mean \"str\"?")]
    [InlineData("obj.missing", "Unsupported attribute", "This object does not have an attribute named \"missing\".")]
    [InlineData("list[5]", "Invalid index", "The given key does not identify an element in this collection value: the given index is greater than or equal to the length of the collection.")]
    [InlineData("list[-1]", "Invalid index", "The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.")]
    [InlineData("nothing.x", "Attempt to get attribute from null value", "This value is null, so it does not have any attributes.")]
    [InlineData("1 + \"a\"", "Invalid operand", "Unsuitable value for right operand: a number is required.")]
    [InlineData("1 + nothing", "Operation failed", "Error during operation: argument must not be null.")]
    [InlineData("nothing ? 1 : 2", "Null condition", "The condition value is null. Conditions must either be true or false.")]
    [InlineData("true ? [1] : {}", "Inconsistent conditional result types", "The true and false result expressions must have consistent types. The 'true' value is tuple, but the 'false' value is object.")]
    [InlineData("uper(\"x\")", "Call to unknown function", "There is no function named \"uper\". Did you mean \"upper\"?")]
    [InlineData("add(1)", "Not enough function arguments", "Function \"add\" expects 2 argument(s). Missing value for \"b\".")]
    [InlineData("add(1, 2, 3)", "Too many function arguments", "Function \"add\" expects only 2 argument(s).")]
    [InlineData("upper([])", "Invalid function argument", "Invalid value for \"str\" parameter: string required, but have tuple.")]
    [InlineData("[for x in nothing : x]", "Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.")]
    [InlineData("{for x in [\"a\", \"a\"] : x => 1}", "Duplicate object key", "Two different items produced the key \"a\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.")]
    [InlineData("\"x${nothing}\"", "Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.")]
    [InlineData("{a.b = 1}", "Ambiguous attribute key", "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.")]
    [InlineData("1 / 0", "Operation failed", "Error during operation: can't divide by zero.")]
    public void Reports_errors_like_hcl(string expression, string summary, string detail)
    {
        var error = Eval.Error(expression);

        Assert.Equal(summary, error.Summary);
        Assert.Equal(detail, error.Detail);
        Assert.NotNull(error.Subject);
    }

    [Theory]
    [InlineData("\"$${literal}\"", "${literal}")]
    [InlineData("\"%%{literal}\"", "%{literal}")]
    [InlineData("<<EOT\n  a\n    b\n  EOT\n", "  a\n    b\n")]
    [InlineData("<<-EOT\n  a\n    b\n  EOT\n", "a\n  b\n")]
    [InlineData("\"%{ if yes ~} x %{~ endif }\"", "x")]
    public void Evaluates_templates_to_strings(string expression, string expected) =>
        Assert.Equal(expected, Eval.Ok(expression).AsString());

    [Fact]
    public void An_unknown_operand_makes_arithmetic_unknown() =>
        Assert.Equal(HclValue.Unknown(HclType.Number), Eval.Ok("unknown + 1"));

    [Fact]
    public void Undefined_variables_can_be_passed_through_as_text()
    {
        var context = Eval.Context();
        context.UndefinedVariable = traversal => HclValue.String("${" + traversal.SourceText + "}");

        Assert.Equal("/alloc/${NOMAD_ALLOC_ID}/${attr.kernel.name}", Eval.Ok("\"/alloc/${NOMAD_ALLOC_ID}/${attr.kernel.name}\"", context).AsString());
    }

    [Fact]
    public void Error_ranges_point_at_the_offending_part()
    {
        var error = Eval.Error("obj.a.missing");

        Assert.Equal("test.hcl:1,6-14", error.Subject!.Value.ToString());
    }

    [Fact]
    public void Without_a_context_variables_are_not_allowed()
    {
        var diags = new DiagnosticBag();
        HclParser.ParseExpression("x", "t.hcl", diags).Evaluate(null, diags);

        Assert.Equal("Variables not allowed", diags[0].Summary);
    }
}
