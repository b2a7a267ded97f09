using System.Text;
using Nomadic.Hcl.Json;
using static Nomadic.Hcl.Tests.JsonSyntax.JsonTestSupport;

namespace Nomadic.Hcl.Tests.JsonSyntax;

public class JsonNestingTests
{
    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\":")]
    [InlineData("[{\"a\":")]
    public void Ten_thousand_levels_give_one_diagnostic(string opener)
    {
        var source = string.Concat(Enumerable.Repeat(opener, 10_000));
        var file = ParseFile(source);
        var diagnostic = file.Diagnostics[0];
        Assert.Equal("Nesting too deep", diagnostic.Summary);
        Assert.Equal("This JSON value nests objects and arrays more than 128 levels deep, the most this parser accepts.", diagnostic.Detail);
        Assert.Equal(["Nesting too deep", "Root value must be object"], file.Diagnostics.Select(d => d.Summary));
    }

    [Fact]
    public void Closed_deep_nesting_is_also_rejected()
    {
        var source = new string('[', 5_000) + new string(']', 5_000);
        var (node, diagnostics) = ParseValue(source);
        Assert.IsType<JsonInvalidSyntax>(node);
        Assert.Equal("Nesting too deep", Assert.Single(diagnostics).Summary);
    }

    [Fact]
    public void The_limit_is_exact()
    {
        var options = new HclParserOptions { MaxNestingDepth = 10 };
        var diagnostics = new DiagnosticBag();
        HclJson.ParseExpression(Encoding.UTF8.GetBytes(new string('[', 10) + new string(']', 10)), "x.json", diagnostics, options: options);
        Assert.Empty(diagnostics);

        HclJson.ParseExpression(Encoding.UTF8.GetBytes(new string('[', 11) + new string(']', 11)), "x.json", diagnostics, options: options);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(new SourceRange("x.json", Pos(1, 11, 10), Pos(1, 12, 11)), diagnostic.Subject);
    }

    [Fact]
    public void Values_at_the_limit_evaluate_and_decode()
    {
        var depth = HclParserOptions.DefaultMaxNestingDepth;
        var source = "{\"a\":" + new string('[', depth - 1) + "1" + new string(']', depth - 1) + "}";
        var file = ParseClean(source);
        var diagnostics = new DiagnosticBag();
        var value = file.Body.JustAttributes(diagnostics)["a"].Expression.Evaluate(new EvalContext(), diagnostics);
        Assert.Empty(diagnostics);
        Assert.True(value.IsKnown);
    }

    [Fact]
    public void Deep_templates_inside_strings_are_limited_too()
    {
        var source = "\"${" + new string('(', 5_000) + "1" + new string(')', 5_000) + "}\"";
        var diagnostics = new DiagnosticBag();
        var expression = HclJson.ParseExpression(Encoding.UTF8.GetBytes(source), "x.json", diagnostics);
        Assert.Empty(diagnostics);
        expression.Evaluate(new EvalContext(), diagnostics);
        Assert.Contains(diagnostics, d => d.Summary == "Nesting too deep");
    }
}
