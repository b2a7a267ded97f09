using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>An expression of either syntax, native or JSON, that can be evaluated and analysed.</summary>
public interface IHclExpression
{
    /// <summary>Gets the expression's source range.</summary>
    SourceRange Range { get; }

    /// <summary>Gets a range to point at for errors about the whole expression: its first token or so.</summary>
    SourceRange StartRange { get; }

    /// <summary>Evaluates the expression.</summary>
    /// <param name="context">The variables and functions it may use, or null for none.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <returns>The value; an unknown value when there were errors.</returns>
    HclValue Evaluate(EvalContext? context, DiagnosticBag diagnostics);

    /// <summary>Returns the static references (<c>var.a</c>, <c>local.b[0]</c>) the expression makes, in source order.</summary>
    /// <returns>The traversals.</returns>
    IReadOnlyList<HclTraversal> Variables();
}
