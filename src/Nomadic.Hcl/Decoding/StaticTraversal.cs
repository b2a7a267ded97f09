using Nomadic.Hcl.Evaluation;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Hcl;

/// <summary>Builds <see cref="HclTraversal"/>s from native scope-traversal nodes.</summary>
internal static class StaticTraversal
{
    public static HclTraversal FromNode(SyntaxNode top)
    {
        var chain = new List<SyntaxNode>();
        var node = top;
        while (node.Kind != NodeKind.Variable)
        {
            chain.Add(node);
            node = node.FirstChild;
        }

        var steps = new List<TraversalStep>(chain.Count);
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var step = chain[i];
            var range = step.Tree.RangeOf(step.FirstChild.End, step.End);
            steps.Add(step.Kind == NodeKind.GetAttr
                ? new TraversalStep(step.Name, default, range)
                : new TraversalStep(null, NativeEvaluator.Evaluate(new SyntaxNode(step.Tree, step.FirstChild.SubtreeEnd), null, new DiagnosticBag()), range));
        }

        return new HclTraversal(node.SourceText, steps, top.Range, top.SourceText);
    }
}
