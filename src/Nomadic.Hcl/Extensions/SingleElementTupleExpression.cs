using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>
/// An object constructor of a schemaless body read as a one-element tuple, as Nomad's <c>BlocksAsAttrs</c> does
/// (<c>labels = { a = "b" }</c> becomes <c>[{ a = "b" }]</c>, the shape HCL1 gave such attributes).
/// </summary>
internal sealed class SingleElementTupleExpression : IHclExpression
{
    private readonly IHclExpression _element;

    public SingleElementTupleExpression(IHclExpression element) => _element = element;

    public SourceRange Range => _element.Range;

    public SourceRange StartRange => _element.StartRange;

    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics) =>
        HclValue.Tuple([_element.Evaluate(context, diagnostics)]);

    public IReadOnlyList<HclTraversal> Variables() => _element.Variables();
}
