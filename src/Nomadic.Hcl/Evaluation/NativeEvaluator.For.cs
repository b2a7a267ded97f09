using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary><c>for</c> expressions: iteration with optional key variable, condition, object keys and grouping.</summary>
internal sealed partial class NativeEvaluator
{
    private HclValue EvalFor(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var flags = (ForFlags)node.Data;
        var child = node.FirstChild;
        string? keyVar = null;
        if ((flags & ForFlags.HasKeyVariable) != 0)
        {
            keyVar = child.SourceText;
            child = Next(child);
        }

        var valueVar = child.SourceText;
        var collectionNode = Next(child);
        SyntaxNode? keyExpr = null;
        var valueExpr = Next(collectionNode);
        if ((flags & ForFlags.HasKeyExpression) != 0)
        {
            keyExpr = valueExpr;
            valueExpr = Next(valueExpr);
        }

        SyntaxNode? condition = (flags & ForFlags.HasCondition) != 0 ? Next(valueExpr) : null;
        if (keyExpr is null)
        {
            var results = Iterate(node, keyVar, valueVar, collectionNode, ctx, diags, valueExpr, condition);
            return results is null ? HclValue.DynamicUnknown : TupleOfValues(results);
        }

        return EvalForObject(node, keyVar, valueVar, collectionNode, keyExpr.Value, valueExpr, condition, (flags & ForFlags.Group) != 0, ctx, diags);
    }

    private static HclValue TupleOfValues(List<(EvalContext Scope, HclValue Value)> results)
    {
        var items = new HclValue[results.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = results[i].Value;
        }

        return HclValue.TupleOwning(items);
    }

    /// <summary>
    /// The shared iteration of <c>for</c> expressions and directives: checks the collection, evaluates the condition and
    /// the value for each element. Returns null when the result is unknown.
    /// </summary>
    private List<(EvalContext Scope, HclValue Value)>? Iterate(
        SyntaxNode node, string? keyVar, string valueVar, SyntaxNode collectionNode, EvalContext? ctx, DiagnosticBag diags, SyntaxNode valueExpr, SyntaxNode? condition)
    {
        if (!CheckCollection(node, keyVar, valueVar, collectionNode, condition, ctx, diags, out var collection))
        {
            return null;
        }

        var results = new List<(EvalContext, HclValue)>();
        var known = true;
        foreach (var (key, element) in collection.ElementsAsPairs())
        {
            var scope = Scope(ctx, keyVar, key, valueVar, element);
            if (condition is { } cond && !Include(node, cond, scope, diags, ref known))
            {
                continue;
            }

            results.Add((scope, Eval(valueExpr, scope, diags)));
        }

        return known ? results : null;
    }

    private HclValue EvalForObject(
        SyntaxNode node, string? keyVar, string valueVar, SyntaxNode collectionNode, SyntaxNode keyExpr, SyntaxNode valueExpr, SyntaxNode? condition, bool group, EvalContext? ctx, DiagnosticBag diags)
    {
        if (!CheckCollection(node, keyVar, valueVar, collectionNode, condition, ctx, diags, out var collection))
        {
            return HclValue.DynamicUnknown;
        }

        var values = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var groups = new Dictionary<string, List<HclValue>>(StringComparer.Ordinal);
        var known = true;
        foreach (var (key, element) in collection.ElementsAsPairs())
        {
            var scope = Scope(ctx, keyVar, key, valueVar, element);
            if (condition is { } cond && !Include(node, cond, scope, diags, ref known))
            {
                continue;
            }

            var keyValue = Eval(keyExpr, scope, diags);
            if (keyValue.IsNull)
            {
                if (known)
                {
                    diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid object key", "Key expression in 'for' expression must not produce a null value.", keyExpr.Range, node.Range));
                }

                known = false;
                continue;
            }

            if (!keyValue.IsKnown)
            {
                known = false;
                continue;
            }

            if (!HclConvert.TryConvert(keyValue, HclType.String, out keyValue, out var error))
            {
                if (known)
                {
                    diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid object key", $"The key expression produced an invalid result: {error}.", keyExpr.Range, node.Range));
                }

                known = false;
                continue;
            }

            var value = Eval(valueExpr, scope, diags);
            var name = keyValue.AsString();
            if (group)
            {
                if (!groups.TryGetValue(name, out var list))
                {
                    groups[name] = list = [];
                }

                list.Add(value);
            }
            else if (!values.TryAdd(name, value))
            {
                diags.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    "Duplicate object key",
                    $"Two different items produced the key \"{name}\" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                    keyExpr.Range,
                    node.Range));
            }
        }

        if (!known)
        {
            return HclValue.DynamicUnknown;
        }

        if (group)
        {
            foreach (var (name, list) in groups)
            {
                values[name] = HclValue.Tuple(list);
            }
        }

        return HclValue.Object(values);
    }

    private bool CheckCollection(
        SyntaxNode node, string? keyVar, string valueVar, SyntaxNode collectionNode, SyntaxNode? condition, EvalContext? ctx, DiagnosticBag diags, out HclValue collection)
    {
        collection = Eval(collectionNode, ctx, diags);
        if (collection.IsNull)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", collectionNode.Range, node.Range));
            return false;
        }

        if (collection.Type.IsDynamic)
        {
            return false;
        }

        if (!(collection.Type.IsCollection || collection.Type.IsStructural))
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Iteration over non-iterable value", $"A value of type {collection.Type.FriendlyName} cannot be used as the collection in a 'for' expression.", collectionNode.Range, node.Range));
            return false;
        }

        if (condition is { } cond)
        {
            var probe = Scope(ctx, keyVar, HclValue.DynamicUnknown, valueVar, HclValue.DynamicUnknown);
            var before = diags.Count;
            var result = Eval(cond, probe, diags);
            if (result.IsNull)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Condition is null", "The value of the 'if' clause must not be null.", cond.Range, node.Range));
                return false;
            }

            if (!HclConvert.TryConvert(result, HclType.Bool, out _, out var error))
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid 'for' condition", $"The 'if' clause value is invalid: {error}.", cond.Range, node.Range));
                return false;
            }

            if (HasErrorsSince(diags, before))
            {
                return false;
            }
        }

        return collection.IsKnown;
    }

    private bool Include(SyntaxNode node, SyntaxNode condition, EvalContext scope, DiagnosticBag diags, ref bool known)
    {
        var raw = Eval(condition, scope, diags);
        if (raw.IsNull)
        {
            if (known)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid 'for' condition", "The value of the 'if' clause must not be null.", condition.Range, node.Range));
            }

            known = false;
            return false;
        }

        if (!raw.IsKnown)
        {
            known = false;
            return false;
        }

        if (!HclConvert.TryConvert(raw, HclType.Bool, out var include, out var error))
        {
            if (known)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid 'for' condition", $"The 'if' clause value is invalid: {error}.", condition.Range, node.Range));
            }

            known = false;
            return false;
        }

        return include.AsBool();
    }

    private static EvalContext Scope(EvalContext? ctx, string? keyVar, HclValue key, string valueVar, HclValue value)
    {
        var scope = ctx?.NewChild() ?? new EvalContext();
        var variables = new Dictionary<string, HclValue>(2, StringComparer.Ordinal);
        if (keyVar is not null)
        {
            variables[keyVar] = key;
        }

        variables[valueVar] = value;
        scope.Variables = variables;
        return scope;
    }
}
