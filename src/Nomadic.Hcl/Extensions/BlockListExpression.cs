using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>The value of a group of same-type blocks read as an attribute: a tuple with one object per block.</summary>
internal sealed class BlockListExpression : IHclExpression
{
    private readonly IReadOnlyList<IHclBody> _bodies;

    public BlockListExpression(IReadOnlyList<IHclBody> bodies, SourceRange range, SourceRange startRange)
    {
        _bodies = bodies;
        Range = range;
        StartRange = startRange;
    }

    public SourceRange Range { get; }

    public SourceRange StartRange { get; }

    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics)
    {
        var items = new List<HclValue>(_bodies.Count);
        foreach (var body in _bodies)
        {
            var attributes = body.JustAttributes(diagnostics);
            items.Add(HclValue.Object(attributes.Select(a => KeyValuePair.Create(a.Key, a.Value.Expression.Evaluate(context, diagnostics)))));
        }

        return HclValue.Tuple(items);
    }

    public IReadOnlyList<HclTraversal> Variables()
    {
        var result = new List<HclTraversal>();
        foreach (var body in _bodies)
        {
            foreach (var attribute in body.JustAttributes(new DiagnosticBag()).Values)
            {
                result.AddRange(attribute.Expression.Variables());
            }
        }

        return result;
    }
}
