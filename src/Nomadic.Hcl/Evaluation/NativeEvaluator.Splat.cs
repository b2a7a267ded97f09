using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>Splat expressions: <c>list[*].attr</c> and <c>list.*.attr</c>.</summary>
internal sealed partial class NativeEvaluator
{
    private HclValue EvalSplat(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var sourceNode = node.FirstChild;
        var each = Next(sourceNode);
        var anonymous = FindAnonymousSymbol(each);
        var before = diags.Count;
        var source = Eval(sourceNode, ctx, diags);
        if (HasErrorsSince(diags, before))
        {
            return HclValue.DynamicUnknown;
        }

        var sourceType = source.Type;
        var autoUpgrade = sourceType.Kind is not (HclTypeKind.Tuple or HclTypeKind.List or HclTypeKind.Set);
        if (source.IsNull)
        {
            if (autoUpgrade)
            {
                return HclValue.EmptyTuple;
            }

            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.", sourceNode.Range, node.Range));
            return HclValue.DynamicUnknown;
        }

        if (sourceType.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        var upgradedUnknown = false;
        if (autoUpgrade)
        {
            upgradedUnknown = !source.IsKnown;
            source = HclValue.Tuple([source]);
            sourceType = source.Type;
        }

        if (!source.IsKnown)
        {
            return HclValue.Unknown(ResultType(sourceType, each, anonymous, ctx, diags));
        }

        var values = new List<HclValue>();
        var known = true;
        foreach (var element in source.Elements)
        {
            Bind(anonymous, element);
            var itemBefore = diags.Count;
            values.Add(Eval(each, ctx, diags));
            known &= !HasErrorsSince(diags, itemBefore);
        }

        Unbind(anonymous);
        if (upgradedUnknown)
        {
            return HclValue.DynamicUnknown;
        }

        if (!known)
        {
            return HclValue.Unknown(ResultType(sourceType, each, anonymous, ctx, new DiagnosticBag()));
        }

        if (sourceType.Kind is HclTypeKind.List or HclTypeKind.Set)
        {
            if (values.Count == 0)
            {
                return HclValue.ListEmpty(ResultType(sourceType, each, anonymous, ctx, diags).ElementType);
            }

            var first = values[0].Type;
            if (values.Any(v => !v.Type.Equals(first)))
            {
                diags.Add(new Diagnostic(
                    DiagnosticSeverity.Error,
                    "Invalid nested splat expressions",
                    "The second level of splat expression produced elements of different types, so it isn't possible to construct a valid list to represent the top-level result.\n\nConsider using a for expression instead, to produce a tuple-typed result which can therefore have non-homogenous element types.",
                    each.Range,
                    node.Range));
                return HclValue.DynamicUnknown;
            }

            return HclValue.List(values);
        }

        return HclValue.Tuple(values);
    }

    private HclType ResultType(HclType sourceType, SyntaxNode each, SyntaxNode anonymous, EvalContext? ctx, DiagnosticBag diags)
    {
        try
        {
            switch (sourceType.Kind)
            {
                case HclTypeKind.List or HclTypeKind.Set:
                    Bind(anonymous, HclValue.Unknown(sourceType.ElementType));
                    return HclType.List(Eval(each, ctx, diags).Type);
                case HclTypeKind.Tuple:
                    var types = new List<HclType>();
                    foreach (var elementType in sourceType.TupleElementTypes)
                    {
                        Bind(anonymous, HclValue.Unknown(elementType));
                        types.Add(Eval(each, ctx, diags).Type);
                    }

                    return HclType.Tuple(types);
                default:
                    return HclType.Dynamic;
            }
        }
        finally
        {
            Unbind(anonymous);
        }
    }

    private static SyntaxNode FindAnonymousSymbol(SyntaxNode each)
    {
        var node = each;
        while (node.Kind != NodeKind.AnonSymbol && node.HasChildren)
        {
            node = node.FirstChild;
        }

        return node;
    }

    private void Bind(SyntaxNode anonymous, HclValue value) => (_anonymous ??= [])[anonymous.Index] = value;

    private void Unbind(SyntaxNode anonymous) => _anonymous?.Remove(anonymous.Index);
}
