using Nomadic.Hcl.Evaluation;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>An <see cref="IHclExpression"/> over a node of a native-syntax tree.</summary>
public sealed class NativeExpression : IHclExpression, IStaticExpression
{
    /// <summary>Initializes a new instance of the <see cref="NativeExpression"/> class.</summary>
    /// <param name="node">The expression node.</param>
    public NativeExpression(SyntaxNode node)
    {
        Node = node;
    }

    /// <summary>Gets the expression's syntax node.</summary>
    public SyntaxNode Node { get; }

    /// <inheritdoc />
    public SourceRange Range => Node.Range;

    /// <inheritdoc />
    public SourceRange StartRange => Node.Kind switch
    {
        NodeKind.FunctionCall => Node.NameRange,
        NodeKind.Tuple or NodeKind.Object or NodeKind.For => Node.Tree.RangeOf(Node.Start, Node.Start + 1),
        _ => Node.Range,
    };

    /// <inheritdoc />
    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return NativeEvaluator.Evaluate(Node, context, diagnostics);
    }

    /// <inheritdoc />
    public IReadOnlyList<HclTraversal> Variables()
    {
        var result = new List<HclTraversal>();
        foreach (var node in SyntaxAnalysis.ScopeTraversalNodes(Node))
        {
            result.Add(StaticTraversal.FromNode(node));
        }

        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Node.SourceText;

    string? IStaticExpression.AsKeyword() => NativeEvaluator.KeywordOf(Unwrap(Node));

    IReadOnlyList<IHclExpression>? IStaticExpression.AsList()
    {
        var node = Unwrap(Node);
        if (node.Kind != NodeKind.Tuple)
        {
            return null;
        }

        var items = new List<IHclExpression>();
        foreach (var child in node.Children)
        {
            items.Add(new NativeExpression(child));
        }

        return items;
    }

    IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>>? IStaticExpression.AsMap()
    {
        var node = Unwrap(Node);
        if (node.Kind != NodeKind.Object)
        {
            return null;
        }

        var items = new List<KeyValuePair<IHclExpression, IHclExpression>>();
        foreach (var item in node.Children)
        {
            var key = item.FirstChild;
            items.Add(new(new NativeExpression(key), new NativeExpression(new SyntaxNode(node.Tree, key.SubtreeEnd))));
        }

        return items;
    }

    HclTraversal? IStaticExpression.AsTraversal()
    {
        var node = Unwrap(Node);
        return SyntaxFacts.IsScopeTraversal(node) ? StaticTraversal.FromNode(node) : null;
    }

    HclType? IStaticExpression.AsTypeConstraint(DiagnosticBag diagnostics) => TypeExpressions.Parse(Unwrap(Node), diagnostics);

    private static SyntaxNode Unwrap(SyntaxNode node)
    {
        while (node.Kind is NodeKind.ObjectKey or NodeKind.TemplateWrap or NodeKind.Parentheses)
        {
            node = node.FirstChild;
        }

        return node;
    }
}
