using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Extensions;

/// <summary>An attribute of content generated for an unknown <c>for_each</c>: its value is not known yet.</summary>
internal sealed class UnknownExpression : IHclExpression
{
    public UnknownExpression(SourceRange range, SourceRange startRange)
    {
        Range = range;
        StartRange = startRange;
    }

    public SourceRange Range { get; }

    public SourceRange StartRange { get; }

    public HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics) => HclValue.DynamicUnknown;

    public IReadOnlyList<HclTraversal> Variables() => [];
}
