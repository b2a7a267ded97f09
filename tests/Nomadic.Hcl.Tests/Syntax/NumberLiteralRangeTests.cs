using System.Text;
using CsCheck;
using Nomadic.Hcl.Conversion;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// Number literals whose exponent is too large or too small to hold are diagnostics at the literal, as cty's
/// <c>ParseNumberVal</c> failing makes them in hclsyntax ("Invalid number literal") and HCL JSON ("Invalid JSON
/// number"); nothing throws while parsing, evaluating or converting them.
/// </summary>
public sealed class NumberLiteralRangeTests
{
    [Theory]
    [InlineData("3.1415926535897931e2643383279502884197169399375105820", "test.hcl:1,5-58: Invalid number literal; Failed to recognize the value of this number literal.")]
    [InlineData("1e999999999", "test.hcl:1,5-16: Invalid number literal; Failed to recognize the value of this number literal.")]
    [InlineData("1e-999999999", "test.hcl:1,5-17: Invalid number literal; Failed to recognize the value of this number literal.")]
    [InlineData("1E+99999999999999999999", "test.hcl:1,5-28: Invalid number literal; Failed to recognize the value of this number literal.")]
    [InlineData("2.5e-100001", "test.hcl:1,5-16: Invalid number literal; Failed to recognize the value of this number literal.")]
    public void Native_literal_out_of_range_is_a_diagnostic_at_the_literal(string literal, string want)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes($"a = {literal}\n"), "test.hcl");

        Assert.Equal(want, Assert.Single(file.Diagnostics).ToString());
        Evaluate(file);
        Assert.Null(NativeToJson.Convert(Encoding.UTF8.GetBytes($"a = {literal}\n"), "test.hcl").Json);
    }

    [Theory]
    [InlineData("a = \"${1e999999999}\"\n", "test.hcl:1,8-19")]
    [InlineData("a = -1e999999999\n", "test.hcl:1,6-17")]
    [InlineData("a = [1, 2e-99999999999]\n", "test.hcl:1,9-23")]
    public void Native_literal_out_of_range_inside_an_expression_is_reported_where_it_is(string source, string where)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes(source), "test.hcl");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("Invalid number literal", diagnostic.Summary);
        Assert.StartsWith(where + ":", diagnostic.ToString(), StringComparison.Ordinal);
        Evaluate(file);
    }

    [Theory]
    [InlineData("1e100000")]
    [InlineData("1e-100000")]
    [InlineData("0e99999999999999999999")]
    [InlineData("123.456e-7")]
    public void Native_literal_within_range_evaluates_exactly(string literal)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes($"a = {literal}\n"), "test.hcl");

        Assert.Empty(file.Diagnostics);
        var attributes = file.Body.JustAttributes(new DiagnosticBag());
        var value = attributes["a"].Expression.Evaluate(null, new DiagnosticBag());
        Assert.Equal(HclNumber.Parse(literal), value.AsNumber());
    }

    [Theory]
    [InlineData("3.1415926535897931e2643383279502884197169399375105820", "test.json:1,7-60: Invalid JSON number; There is a syntax error in the given JSON number.")]
    [InlineData("1e-999999999", "test.json:1,7-19: Invalid JSON number; There is a syntax error in the given JSON number.")]
    public void Json_literal_out_of_range_is_a_diagnostic_at_the_literal(string literal, string want)
    {
        var file = HclParser.ParseJson(Encoding.UTF8.GetBytes($"{{\"a\": {literal}}}"), "test.json");

        Assert.Equal(want, Assert.Single(file.Diagnostics).ToString());
        Evaluate(file);
    }

    [Fact]
    public void Any_exponent_form_parses_to_a_value_or_one_diagnostic_at_the_literal()
    {
        var digits = Gen.Char['0', '9'].Array[1, 25].Select(c => new string(c));
        var fraction = Gen.Select(Gen.Bool, digits, (present, text) => present ? "." + text : string.Empty);
        // JSON forbids leading zeros; they are kept out so that both syntaxes read the same text.
        var whole = Gen.Select(Gen.Char['1', '9'], digits, (first, rest) => first + rest);
        var literal = Gen.Select(whole, fraction, Gen.OneOfConst("e", "E"), Gen.OneOfConst("", "+", "-"), digits)
            .Select((whole, point, marker, sign, exponent) => whole + point + marker + sign + exponent);

        literal.Sample(text =>
        {
            var representable = HclNumber.TryParse(text.AsSpan(), out var expected);
            AssertNative(text, representable, expected);
            AssertJson(text, representable, expected);
        });
    }

    private static void AssertNative(string text, bool representable, HclNumber expected)
    {
        var file = HclParser.ParseNative(Encoding.UTF8.GetBytes($"a = {text}\n"), "test.hcl");
        var value = Evaluate(file);
        if (representable)
        {
            Assert.Empty(file.Diagnostics);
            Assert.Equal(expected, value.AsNumber());
            return;
        }

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("Invalid number literal", diagnostic.Summary);
        Assert.Equal(new SourcePos(1, 5, 4), diagnostic.Subject!.Value.Start);
        Assert.Equal(4 + text.Length, diagnostic.Subject.Value.End.Byte);
    }

    private static void AssertJson(string text, bool representable, HclNumber expected)
    {
        var file = HclParser.ParseJson(Encoding.UTF8.GetBytes($"{{\"a\": {text}}}"), "test.json");
        var value = Evaluate(file);
        if (representable)
        {
            Assert.Empty(file.Diagnostics);
            Assert.Equal(expected, value.AsNumber());
            return;
        }

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Equal("Invalid JSON number", diagnostic.Summary);
        Assert.Equal(6, diagnostic.Subject!.Value.Start.Byte);
        Assert.Equal(6 + text.Length, diagnostic.Subject.Value.End.Byte);
    }

    private static HclValue Evaluate(HclFile file)
    {
        var diags = new DiagnosticBag();
        var attributes = file.Body.JustAttributes(diags);
        return attributes.TryGetValue("a", out var attribute) ? attribute.Expression.Evaluate(null, diags) : HclValue.NullDynamic;
    }
}
