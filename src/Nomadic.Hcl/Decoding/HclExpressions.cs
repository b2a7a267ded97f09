using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>
/// Looking at an expression's shape without evaluating it, for either syntax, as HCL's <c>ExprAsKeyword</c>,
/// <c>ExprList</c>, <c>ExprMap</c>, <c>AbsTraversalForExpr</c> and <c>typeexpr</c>.
/// </summary>
public static class HclExpressions
{
    /// <summary>Returns the bare identifier an expression is (<c>foo</c>), or null.</summary>
    /// <param name="expression">The expression.</param>
    /// <returns>The keyword, or null.</returns>
    public static string? AsKeyword(IHclExpression expression) => (expression as IStaticExpression)?.AsKeyword();

    /// <summary>Returns the element expressions of a tuple constructor (<c>[a, b]</c>), or null with an error.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="diagnostics">Receives an error when the expression is not a list.</param>
    /// <returns>The elements, or null.</returns>
    public static IReadOnlyList<IHclExpression>? AsList(IHclExpression expression, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var list = (expression as IStaticExpression)?.AsList();
        if (list is null)
        {
            diagnostics.Error(expression.Range, "Invalid expression", "A static list expression is required.");
        }

        return list;
    }

    /// <summary>Returns the key and value expressions of an object constructor (<c>{k = v}</c>), or null with an error.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="diagnostics">Receives an error when the expression is not a map.</param>
    /// <returns>The pairs, or null.</returns>
    public static IReadOnlyList<KeyValuePair<IHclExpression, IHclExpression>>? AsMap(IHclExpression expression, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var map = (expression as IStaticExpression)?.AsMap();
        if (map is null)
        {
            diagnostics.Error(expression.Range, "Invalid expression", "A static map expression is required.");
        }

        return map;
    }

    /// <summary>Returns the static reference an expression is (<c>var.a.b</c>), or null with an error.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="diagnostics">Receives an error when the expression is not a reference.</param>
    /// <returns>The traversal, or null.</returns>
    public static HclTraversal? AsTraversal(IHclExpression expression, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var traversal = (expression as IStaticExpression)?.AsTraversal();
        if (traversal is null)
        {
            diagnostics.Error(expression.Range, "Invalid expression", "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.");
        }

        return traversal;
    }

    /// <summary>Returns the type an expression writes (<c>list(string)</c>), or null with an error.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="diagnostics">Receives an error when the expression is not a type.</param>
    /// <returns>The type, or null.</returns>
    public static HclType? AsTypeConstraint(IHclExpression expression, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (expression is IStaticExpression analysable)
        {
            return analysable.AsTypeConstraint(diagnostics);
        }

        diagnostics.Error(expression.Range, "Invalid type specification", "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
        return null;
    }
}
