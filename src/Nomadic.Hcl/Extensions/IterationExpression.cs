using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>
/// An attribute expression inside generated <c>dynamic</c> content: it evaluates with the iterators in scope, and
/// does not report them as references it needs from outside.
/// </summary>
internal sealed class IterationExpression : IHclExpression, IStaticExpression
{
    private readonly IHclExpression _inner;
    private readonly DynamicIteration _iteration;

    public IterationExpression(IHclExpression inner, DynamicIteration iteration)
    {
        _inner = inner;
        _iteration = iteration;
    }

    public SourceRange Range => _inner.Range;

    public SourceRange StartRange => _inner.StartRange;

    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics) =>
        _inner.Evaluate(_iteration.ChildContext(context ?? new EvalContext()), diagnostics);

    public IReadOnlyList<HclTraversal> Variables() =>
        [.. _inner.Variables().Where(t => !_iteration.Defines(t.RootName))];

    public string? AsKeyword() => (_inner as IStaticExpression)?.AsKeyword();

    public IReadOnlyList<IHclExpression>? AsList() =>
        (_inner as IStaticExpression)?.AsList() is { } list ? [.. list.Select(Wrap)] : null;

    public IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>>? AsMap() =>
        (_inner as IStaticExpression)?.AsMap() is { } map
            ? [.. map.Select(p => new KeyValuePair<IHclExpression, IHclExpression>(Wrap(p.Key), Wrap(p.Value)))]
            : null;

    public HclTraversal? AsTraversal() => (_inner as IStaticExpression)?.AsTraversal();

    public HclType? AsTypeConstraint(DiagnosticBag diagnostics)
    {
        if (_inner is IStaticExpression analysable)
        {
            return analysable.AsTypeConstraint(diagnostics);
        }

        return HclExpressions.AsTypeConstraint(_inner, diagnostics);
    }

    private IHclExpression Wrap(IHclExpression expression) => new IterationExpression(expression, _iteration);
}
