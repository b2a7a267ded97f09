using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Tests.Evaluation;

namespace Nomadic.Hcl.Tests.Syntax;

public sealed class LegacyIndexTests
{
    [Theory]
    [InlineData("a.b.0")]
    [InlineData("\"x ${a.b.0} y\"")]
    [InlineData("a.*.b.0")]
    public void The_index_node_contains_its_number_key(string source)
    {
        var tree = HclSyntax.ParseExpression(System.Text.Encoding.UTF8.GetBytes(source), "t.hcl");
        Assert.Empty(tree.Diagnostics);

        var index = Descendants(tree.Root).First(n => n.Kind == NodeKind.Index);
        Assert.Equal(2, index.ChildCount);
        Assert.Equal(NodeKind.Literal, index.Child(1).Kind);
        Assert.Equal("0", index.Child(1).SourceText);
    }

    [Fact]
    public void A_legacy_index_inside_a_template_is_evaluated_once() =>
        Assert.Equal("a 10 b", Eval.Ok("\"a ${obj.list.0} b\"").AsString());

    private static IEnumerable<SyntaxNode> Descendants(SyntaxNode node)
    {
        yield return node;
        foreach (var child in node.Children)
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
