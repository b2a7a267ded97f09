using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>Static analysis an expression of either syntax supports without being evaluated (see <see cref="HclExpressions"/>).</summary>
internal interface IStaticExpression
{
    string? AsKeyword();

    IReadOnlyList<IHclExpression>? AsList();

    IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>>? AsMap();

    HclTraversal? AsTraversal();

    HclType? AsTypeConstraint(DiagnosticBag diagnostics);
}
