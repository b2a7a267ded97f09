namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>
/// HCL's TestVariables, with the expressions written as source: the scope traversals an expression needs, in source
/// order, excluding the symbols that for expressions declare.
/// </summary>
public sealed class VariablesTests
{
    [Theory]
    [InlineData("true", "")]
    [InlineData("foo", "foo")]
    [InlineData("foo + bar", "foo bar")]
    [InlineData("-foo", "foo")]
    [InlineData("foo ? bar : baz", "foo bar baz")]
    [InlineData("{for k, v in foo : k + bar => v + baz if k < limit}", "foo bar baz limit")]
    [InlineData("data.null_data_source.multi[0]", "data.null_data_source.multi[0]")]
    [InlineData("sort(data.null_data_source.multi)[0]", "data.null_data_source.multi")]
    [InlineData("[for x in xs : x]", "xs")]
    [InlineData("[for x in xs : [for y in x : y + z]]", "xs z")]
    [InlineData("\"${a}-%{if b}${c}%{endif}\"", "a b c")]
    [InlineData("foo[*].bar", "foo")]
    [InlineData("foo.*.bar", "foo")]
    [InlineData("foo[bar.baz]", "foo bar.baz")]
    [InlineData("{(k) = v}", "k v")]
    [InlineData("f(a, b...)", "a b")]
    [InlineData("a.b[\"c\"].d", "a.b[\"c\"].d")]
    public void Lists_the_traversals_like_hcl(string input, string want)
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression(input, "test.hcl", diags);

        var variables = expression.Variables();

        Assert.Empty(diags);
        Assert.Equal(want, string.Join(" ", variables.Select(v => v.ToString())));
    }

    [Fact]
    public void Traversals_carry_their_source_ranges()
    {
        var diags = new DiagnosticBag();
        var expression = HclParser.ParseExpression("foo + data.x[0]", "test.hcl", diags);

        var variables = expression.Variables();

        Assert.Equal(["test.hcl:1,1-4", "test.hcl:1,7-16"], variables.Select(v => v.Range.ToString()));
        Assert.Equal(["test.hcl:1,11-13", "test.hcl:1,13-16"], variables[1].Steps.Select(s => s.Range.ToString()));
    }
}
