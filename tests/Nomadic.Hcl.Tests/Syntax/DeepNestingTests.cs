using System.Text;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl.Tests.Syntax;

/// <summary>
/// Hostile nesting is reported with a "Nesting too deep" diagnostic instead of overflowing the stack. Every parse runs
/// on a thread with a 256 KiB stack, far less than the default, to prove the parser never recurses without bound.
/// </summary>
public sealed class DeepNestingTests
{
    private const int Depth = 5000;
    private const int SmallStack = 256 * 1024;

    public static TheoryData<string, string> DeepConfigs => new()
    {
        { "parentheses", "a = " + Repeat("(", Depth) + "1" + Repeat(")", Depth) + "\n" },
        { "tuples", "a = " + Repeat("[", Depth) + "1" + Repeat("]", Depth) + "\n" },
        { "objects", "a = " + Repeat("{a = ", Depth) + "1" + Repeat("}", Depth) + "\n" },
        { "braces", "a = " + Repeat("{", Depth) + Repeat("}", Depth) + "\n" },
        { "interpolations", "a = " + Repeat("\"${", Depth) + "x" + Repeat("}\"", Depth) + "\n" },
        { "blocks", Repeat("a {\n", Depth) + Repeat("}\n", Depth) },
        { "labelled blocks", Repeat("a \"b\" {\n", Depth) + Repeat("}\n", Depth) },
        { "nots", "a = " + Repeat("!", Depth) + "x\n" },
        { "negations", "a = " + Repeat("-", Depth) + "1\n" },
        { "conditionals", "a = " + Repeat("x ? ", Depth) + "1" + Repeat(" : 2", Depth) + "\n" },
        { "unclosed parentheses", "a = " + Repeat("(", Depth) },
        { "unclosed tuples", "a = " + Repeat("[", Depth) },
        { "unclosed blocks", Repeat("a {\n", Depth) },
        { "function calls", "a = " + Repeat("f(", Depth) + "1" + Repeat(")", Depth) + "\n" },
        { "for expressions", "a = " + Repeat("[for x in ", Depth) + "y" + Repeat(" : x]", Depth) + "\n" },
        { "if directives", "a = \"" + Repeat("%{if true}", Depth) + Repeat("%{endif}", Depth) + "\"\n" },
        { "for directives", "a = \"" + Repeat("%{for x in y}", Depth) + Repeat("%{endfor}", Depth) + "\"\n" },
        { "heredoc directives", "a = <<EOT\n" + Repeat("%{if true}\n", Depth) + Repeat("%{endif}\n", Depth) + "EOT\n" },
    };

    [Theory]
    [MemberData(nameof(DeepConfigs))]
    public void Deep_config_nesting_is_reported_not_fatal(string name, string source)
    {
        var tree = OnSmallStack(() => HclSyntax.ParseConfig(Encoding.UTF8.GetBytes(source), "deep.hcl"));

        Assert.True(tree.Diagnostics.Any(d => d.Summary == "Nesting too deep"), $"{name}: {string.Join("\n", tree.Diagnostics.Take(3))}");
        Assert.Equal(NodeKind.Body, tree.Root.Kind);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("{a = ", "}")]
    [InlineData("\"${", "}\"")]
    [InlineData("!", "")]
    public void Deep_expression_nesting_is_reported_not_fatal(string open, string close)
    {
        var source = Repeat(open, Depth) + "x" + Repeat(close, Depth);

        var diags = OnSmallStack(() =>
        {
            var bag = new DiagnosticBag();
            var expression = HclParser.ParseExpression(source, "deep.hcl", bag);
            expression.Evaluate(Evaluation.Eval.Context(), bag);
            return bag;
        });

        Assert.Contains(diags, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Deep_template_nesting_is_reported_not_fatal()
    {
        var source = Repeat("${\"", Depth) + "x" + Repeat("\"}", Depth);

        var tree = OnSmallStack(() => HclSyntax.ParseTemplate(Encoding.UTF8.GetBytes(source), "deep.tpl"));

        Assert.Contains(tree.Diagnostics, d => d.Summary == "Nesting too deep");
    }

    [Fact]
    public void Nesting_within_the_limit_is_accepted()
    {
        var source = "a = " + Repeat("(", HclParserOptions.DefaultMaxNestingDepth - 2) + "1" + Repeat(")", HclParserOptions.DefaultMaxNestingDepth - 2) + "\n";

        var tree = HclSyntax.ParseConfig(Encoding.UTF8.GetBytes(source), "ok.hcl");

        Assert.Empty(tree.Diagnostics);
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    private static T OnSmallStack<T>(Func<T> work)
    {
        T? result = default;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failure = e;
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return result!;
    }
}
