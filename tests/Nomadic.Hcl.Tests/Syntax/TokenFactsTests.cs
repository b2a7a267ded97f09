using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// Facts of HCL's scanner tests (TestScanTokens, TestScanStringLit, TestValidIdentifier) as far as they show through
/// the parse tree: what a token sequence parses to, and the ranges of the nodes built from the tokens.
/// </summary>
public sealed class TokenFactsTests
{
    [Theory]
    [InlineData("12", "12")]
    [InlineData("12.3", "12.3")]
    [InlineData("1e2", "100")]
    [InlineData("1e+2", "100")]
    [InlineData("1E2", "100")]
    [InlineData("1e-2", "0.01")]
    [InlineData("9%8", "1")]
    [InlineData("\"hello\"", "\"hello\"")]
    [InlineData("\"hello, \\\"world\\\"!\"", "\"hello, \\\"world\\\"!\"")]
    [InlineData("\"hello $$\"", "\"hello $$\"")]
    [InlineData("\"hello %%\"", "\"hello %%\"")]
    [InlineData("\"hello $\"", "\"hello $\"")]
    [InlineData("\"hello %\"", "\"hello %\"")]
    [InlineData("\"hello $${world}\"", "\"hello $${world}\"")]
    [InlineData("\"hello %%{world}\"", "\"hello %%{world}\"")]
    [InlineData("\"hello %${\"world\"}\"", "\"hello %world\"")]
    [InlineData("\"${{}}\"", "{}")]
    [InlineData("\"${\"\"}\"", "\"\"")]
    [InlineData("\"${\"${1}\"}\"", "1")]
    [InlineData("\"${\"${1} foo\"}\"", "\"1 foo\"")]
    [InlineData("\"hello\\uabcdworld\"", "\"hello\uabcdworld\"")]
    [InlineData("\"hello\\U0001F941world\"", "\"hello\U0001F941world\"")]
    [InlineData("\"\\u2022\"", "\"\u2022\"")]
    [InlineData("\"\\U0001d11e\"", "\"\U0001d11e\"")]
    [InlineData("\"\\u0001d11e\"", "\"\\u0001d11e\"")]
    [InlineData("\"a\\tb\\rc\\\\d\"", "\"a\\tb\\rc\\\\d\"")]
    [InlineData("<<EOT\nhello ${\"name\"}\nEOT\n", "\"hello name\\n\"")]
    [InlineData("<<EOT\n${\"name\"}EOT\nEOT\n", "\"nameEOT\\n\"")]
    [InlineData("<<EOT\n  hello world\nEOT\n", "\"  hello world\\n\"")]
    [InlineData("<<-EOT\n  hello world\nEOT\n", "\"hello world\\n\"")]
    [InlineData("<<-EOT\n  hello world\n EOT\n", "\"hello world\\n\"")]
    [InlineData("<<EOF\n${<<-EOF\nhello\nEOF\n}\nEOF\n", "\"hello\\n\\n\"")]
    [InlineData("<<EOT\nhello \\n $${x} %%{y}\nEOT\n", "\"hello \\\\n $${x} %%{y}\\n\"")]
    [InlineData("/* hello */ 1 /* hey */", "1")]
    [InlineData("1 // hello", "1")]
    [InlineData("1 # hello", "1")]
    public void Literal_tokens_have_hcl_values(string input, string want) =>
        Assert.Equal(want, Evaluation.Eval.Ok(input).ToString());

    [Theory]
    [InlineData("_ello")]
    [InlineData("hel_o")]
    [InlineData("hel-o")]
    [InlineData("h3ll0")]
    [InlineData("héllo")]
    [InlineData("Χαίρετε")]
    public void Identifiers_parse_as_variables(string name)
    {
        var tree = HclSyntax.ParseExpression(Encoding.UTF8.GetBytes(name), "test.hcl");

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(NodeKind.Variable, tree.Root.Kind);
        Assert.Equal(name, tree.Root.Name);
    }

    /// <summary>HCL's TestValidIdentifier: the whole text is exactly one identifier.</summary>
    [Theory]
    [InlineData("", false)]
    [InlineData("hello", true)]
    [InlineData("hello.world", false)]
    [InlineData("hello ", false)]
    [InlineData(" hello", false)]
    [InlineData("hello\n", false)]
    [InlineData("hello world", false)]
    [InlineData("aws_instance", true)]
    [InlineData("aws.instance", false)]
    [InlineData("foo-bar", true)]
    [InlineData("foo--bar", true)]
    [InlineData("foo_", true)]
    [InlineData("foo-", true)]
    [InlineData("_foobar", true)]
    [InlineData("-foobar", false)]
    [InlineData("blah1", true)]
    [InlineData("blah1blah", true)]
    [InlineData("1blah1blah", false)]
    [InlineData("he\u0301llo", true)]
    [InlineData("Χαίρετε", true)]
    [InlineData("звать", true)]
    [InlineData("今日は", true)]
    public void Recognizes_identifiers_like_hcl(string text, bool valid)
    {
        var tree = HclSyntax.ParseExpression(Encoding.UTF8.GetBytes(text), "test.hcl");

        var isIdentifier = tree.Diagnostics.Count == 0 && tree.Root.Kind == NodeKind.Variable && tree.Root.SourceText == text;

        Assert.Equal(valid, isIdentifier);
    }

    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { (byte)'a', 0x80 })]
    public void Invalid_utf8_is_not_an_identifier(byte[] source)
    {
        var tree = HclSyntax.ParseExpression(source, "test.hcl");

        Assert.NotEmpty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("a = 1 // hello\n", 1)]
    [InlineData("// hello\n// hello", 0)]
    [InlineData("// hello\nfoo = 1\n// hello", 1)]
    [InlineData("# hello\n# hello", 0)]
    [InlineData("/* hello */", 0)]
    [InlineData("/* hello */ a = 1 /* hey */", 1)]
    [InlineData("/* a\nb\nc */ a = 1\n", 1)]
    [InlineData("\n\na = 1\n\n\n", 1)]
    [InlineData("\t\t", 0)]
    [InlineData("\ufeffa = 1\n", 1)]
    [InlineData("a = 1\r\nb = 2\r\n", 2)]
    public void Comments_and_blank_lines_separate_items(string input, int items)
    {
        var tree = TreeDump.Parse(input);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(items, tree.Root.ChildCount);
    }

    [Theory]
    [InlineData("a = 1 | 2\n", "test.hcl:1,7-8: Unsupported operator; Bitwise operators are not supported. Did you mean boolean OR (\"||\")?")]
    [InlineData("a = 1 & 2\n", "test.hcl:1,7-8: Unsupported operator; Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?")]
    [InlineData("a = ~1\n", "test.hcl:1,5-6: Unsupported operator; Bitwise operators are not supported. Did you mean boolean NOT (\"!\")?")]
    [InlineData("a = 1 ^ 2\n", "test.hcl:1,7-8: Unsupported operator; Bitwise operators are not supported.")]
    [InlineData("a = 'str'\n", "test.hcl:1,5-6: Invalid character; Single quotes are not valid. Use double quotes (\") to enclose strings.")]
    [InlineData("a = `str`\n", "test.hcl:1,5-6: Invalid character; The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".")]
    [InlineData("a = 1;\n", "test.hcl:1,6-7: Invalid character; The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.")]
    [InlineData("a = \"x\ny\"\n", "test.hcl:1,7-2,1: Invalid multi-line string; Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.")]
    public void Invalid_characters_are_explained_like_hcl(string input, string want)
    {
        var tree = TreeDump.Parse(input);

        Assert.Equal(want, tree.Diagnostics[0].ToString());
    }

    /// <summary>The ranges of HCL's heredoc tokens show as the ranges of the template's literal parts.</summary>
    [Fact]
    public void Heredoc_parts_have_the_token_ranges()
    {
        var tree = HclSyntax.ParseExpression(Encoding.UTF8.GetBytes("<<EOT\nhello ${name}\nEOT\n"), "test.hcl");

        Assert.Empty(tree.Diagnostics);
        var parts = tree.Root.Children.Cast().ToList();
        Assert.Equal("2,1(6)-2,7(12)", TreeDump.Format(parts[0].Range));
        Assert.Equal("2,9(14)-2,13(18)", TreeDump.Format(parts[1].Range));
        Assert.Equal("2,14(19)-3,1(20)", TreeDump.Format(parts[2].Range));
        Assert.Equal("1,1(0)-3,4(23)", TreeDump.Format(tree.Root.Range));
    }
}

internal static class ChildEnumerableExtensions
{
    public static IEnumerable<SyntaxNode> Cast(this SyntaxNode.ChildEnumerable children)
    {
        var list = new List<SyntaxNode>();
        foreach (var child in children)
        {
            list.Add(child);
        }

        return list;
    }
}
