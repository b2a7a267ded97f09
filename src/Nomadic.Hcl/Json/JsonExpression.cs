using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Json;

/// <summary>
/// An <see cref="IHclExpression"/> over a JSON value. Evaluated with a context, its strings are native templates, so
/// <c>"${a + b}"</c> yields a number; evaluated without one, strings are literal. Static analysis reads a string as a
/// native expression: <c>"var.a"</c> is a traversal and <c>"list(string)"</c> a type.
/// </summary>
public sealed class JsonExpression : IHclExpression, IStaticExpression
{
    private readonly HclParserOptions _options;

    /// <summary>Initializes a new instance of the <see cref="JsonExpression"/> class.</summary>
    /// <param name="node">The JSON value.</param>
    public JsonExpression(JsonSyntaxNode node)
        : this(node, HclParserOptions.Default)
    {
    }

    internal JsonExpression(JsonSyntaxNode node, HclParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        _options = options;
    }

    /// <summary>Gets the expression's JSON value.</summary>
    public JsonSyntaxNode Node { get; }

    /// <inheritdoc />
    public SourceRange Range => Node.Range;

    /// <inheritdoc />
    public SourceRange StartRange => Node.StartRange;

    /// <inheritdoc />
    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return JsonEvaluator.Evaluate(Node, context, diagnostics, _options);
    }

    /// <inheritdoc />
    public IReadOnlyList<HclTraversal> Variables()
    {
        var result = new List<HclTraversal>();
        CollectVariables(Node, result);
        return result;
    }

    string? IStaticExpression.AsKeyword() => ((IStaticExpression)this).AsTraversal() is { Steps.Count: 0 } traversal ? traversal.RootName : null;

    IReadOnlyList<IHclExpression>? IStaticExpression.AsList() =>
        Node is JsonArraySyntax array ? [.. array.Elements.Select(e => new JsonExpression(e, _options))] : null;

    IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>>? IStaticExpression.AsMap() =>
        Node is JsonObjectSyntax obj
            ? [.. obj.Properties.Select(p => new KeyValuePair<IHclExpression, IHclExpression>(new JsonExpression(p.Key, _options), new JsonExpression(p.Value, _options)))]
            : null;

    HclTraversal? IStaticExpression.AsTraversal()
    {
        if (Node is not JsonStringSyntax str)
        {
            return null;
        }

        var tree = JsonStringSource.ParseExpression(str, _options);
        return !tree.HasErrors && SyntaxFacts.IsScopeTraversal(tree.Root) ? StaticTraversal.FromNode(tree.Root) : null;
    }

    HclType? IStaticExpression.AsTypeConstraint(DiagnosticBag diagnostics)
    {
        var tree = Node is JsonStringSyntax str ? JsonStringSource.ParseExpression(str, _options) : null;
        if (tree is null || tree.HasErrors)
        {
            diagnostics.Error(Range, "Invalid type specification", "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
            return null;
        }

        return TypeExpressions.Parse(tree.Root, diagnostics);
    }

    private void CollectVariables(JsonSyntaxNode node, List<HclTraversal> result)
    {
        switch (node)
        {
            case JsonStringSyntax str:
                var tree = JsonStringSource.ParseTemplate(str, _options);
                if (!tree.HasErrors)
                {
                    foreach (var traversal in SyntaxAnalysis.ScopeTraversalNodes(tree.Root))
                    {
                        result.Add(StaticTraversal.FromNode(traversal));
                    }
                }

                break;
            case JsonArraySyntax array:
                foreach (var element in array.Elements)
                {
                    CollectVariables(element, result);
                }

                break;
            case JsonObjectSyntax obj:
                foreach (var property in obj.Properties)
                {
                    CollectVariables(property.Key, result);
                    CollectVariables(property.Value, result);
                }

                break;
        }
    }
}
