namespace Nomadic.Hcl.Tests.Evaluation;

/// <summary>The expression cases of HCL's specification suite (specsuite/tests/expressions and structure).</summary>
public sealed class SpecSuiteExpressionTests
{
    [Theory]
    [InlineData("\"a\" == \"a\"", "true")]
    [InlineData("\"a\" == \"b\"", "false")]
    [InlineData("\"1\" == 1", "false")]
    [InlineData("\"true\" == true", "false")]
    [InlineData("\"a\" != \"a\"", "false")]
    [InlineData("\"a\" != \"b\"", "true")]
    [InlineData("\"1\" != 1", "true")]
    [InlineData("\"true\" != true", "true")]
    [InlineData("1 < 2", "true")]
    [InlineData("2 < 1", "false")]
    [InlineData("1 < 1", "false")]
    [InlineData("1 <= 2", "true")]
    [InlineData("2 <= 1", "false")]
    [InlineData("1 <= 1", "true")]
    [InlineData("1 > 2", "false")]
    [InlineData("2 > 1", "true")]
    [InlineData("1 > 1", "false")]
    [InlineData("1 >= 2", "false")]
    [InlineData("2 >= 1", "true")]
    [InlineData("1 >= 1", "true")]
    [InlineData("2 + 3.5", "5.5")]
    [InlineData("3.14159265358979323846264338327950288419716939937510582097494459 + 1", "4.14159265358979323846264338327950288419716939937510582097494459")]
    [InlineData("3.5 - 2", "1.5")]
    [InlineData("2 - 3.5", "-1.5")]
    [InlineData("2 * 4.5", "9")]
    [InlineData("1 / 10", "0.1")]
    [InlineData("11 % 5", "1")]

    // The suite expects 0.8000…00024, the rounding error of cty's binary big floats; our numbers are decimal, so the
    // remainder is exact.
    [InlineData("11 % 5.1", "0.8")]
    [InlineData("true && true", "true")]
    [InlineData("false && true", "false")]
    [InlineData("true && false", "false")]
    [InlineData("false && false", "false")]
    [InlineData("true || true", "true")]
    [InlineData("false || true", "true")]
    [InlineData("true || false", "true")]
    [InlineData("false || false", "false")]
    [InlineData("!true", "false")]
    [InlineData("!false", "true")]
    [InlineData("true ? \"a\" : \"b\"", "\"a\"")]
    [InlineData("false ? \"a\" : \"b\"", "\"b\"")]
    [InlineData("5", "5")]
    [InlineData("3.2", "3.2")]
    [InlineData("3.14159265358979323846264338327950288419716939937510582097494459", "3.14159265358979323846264338327950288419716939937510582097494459")]
    [InlineData("\"hello\"", "\"hello\"")]
    [InlineData("\"ЖЖ\"", "\"ЖЖ\"")]
    [InlineData("\"👩‍👩‍👧‍👦\"", "\"👩‍👩‍👧‍👦\"")]
    public void Evaluates_the_spec_suite_expressions(string input, string want) =>
        Assert.Equal(want, Eval.Ok(input).ToString());

    [Fact]
    public void String_literals_are_normalized_to_nfc()
    {
        var value = Eval.Ok("\"an\u0303os\"");

        Assert.Equal("a\u00f1os", value.AsString());
    }

    /// <summary>The structure cases of the suite that expect syntax errors, by subject range.</summary>
    [Theory]
    [InlineData("a = \"a value\", b = \"b value\"\n", "1,14(13)-1,15(14)")]
    [InlineData("a { b = \"foo\", c = \"bar\" }\na { b = \"foo\"\n}\na { b = \"foo\"\n  c = \"bar\" }\na { b = \"foo\"\n  c = \"bar\"\n}\na { d {} }\n", "1,14(13)-1,15(14)\n2,14(40)-3,1(41)\n4,14(56)-5,1(57)\n6,14(84)-7,1(85)\n9,5(103)-9,8(106)")]
    [InlineData("a {\n", "1,3(2)-1,4(3)")]
    public void Reports_the_spec_suite_structure_errors(string source, string want)
    {
        var tree = Syntax.TreeDump.Parse(source);

        Assert.Equal(want, string.Join("\n", tree.Diagnostics.Select(d => Syntax.TreeDump.Format(d.Subject!.Value))));
    }
}
