using System.Runtime.CompilerServices;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>
/// Evaluates native-syntax expressions with HCL's exact semantics (hclsyntax's <c>Value</c> methods): values, unknown
/// propagation, type unification and the same diagnostics. One instance serves one top-level evaluation.
/// </summary>
internal sealed partial class NativeEvaluator
{
    private readonly SyntaxTree _tree;
    private readonly DiagnosticBag _diags;
    private Dictionary<int, HclValue>? _anonymous;

    private NativeEvaluator(SyntaxTree tree, DiagnosticBag diagnostics)
    {
        _tree = tree;
        _diags = diagnostics;
    }

    /// <summary>Evaluates an expression node, adding any diagnostics to <paramref name="diagnostics"/>.</summary>
    public static HclValue Evaluate(SyntaxNode node, EvalContext? context, DiagnosticBag diagnostics) =>
        new NativeEvaluator(node.Tree, diagnostics).Eval(node, context, diagnostics);

    private SyntaxNode Next(SyntaxNode node) => new(_tree, node.SubtreeEnd);

    private SourceRange RangeOf(int start, int end) => _tree.RangeOf(start, end);

    private HclValue Eval(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            diags.Error(node.Range, "Expression too deeply nested", "This expression is nested too deeply to evaluate.");
            return HclValue.DynamicUnknown;
        }

        switch (node.Kind)
        {
            case NodeKind.Literal:
                return LiteralValue(node);
            case NodeKind.TemplateLiteral:
                return HclValue.String(node.StringValue);
            case NodeKind.Template:
                return EvalTemplate(node, ctx, diags);
            case NodeKind.TemplateWrap or NodeKind.Parentheses:
                return Eval(node.FirstChild, ctx, diags);
            case NodeKind.Conditional or NodeKind.TemplateIf:
                return EvalConditional(node, ctx, diags);
            case NodeKind.TemplateFor:
                return EvalTemplateFor(node, ctx, diags);
            case NodeKind.Tuple:
                return EvalTuple(node, ctx, diags);
            case NodeKind.Object:
                return EvalObject(node, ctx, diags);
            case NodeKind.Variable or NodeKind.GetAttr or NodeKind.Index:
                return EvalAccess(node, ctx, diags);
            case NodeKind.Splat:
                return EvalSplat(node, ctx, diags);
            case NodeKind.AnonSymbol:
                return _anonymous is not null && _anonymous.TryGetValue(node.Index, out var item) ? item : HclValue.DynamicUnknown;
            case NodeKind.FunctionCall:
                return EvalCall(node, ctx, diags);
            case NodeKind.For:
                return EvalFor(node, ctx, diags);
            case NodeKind.Binary:
                return EvalBinary(node, ctx, diags);
            case NodeKind.Unary:
                return EvalUnary(node, ctx, diags);
            default:
                return HclValue.DynamicUnknown;
        }
    }

    private HclValue EvalTuple(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var elements = new HclValue[node.ChildCount];
        var i = 0;
        foreach (var child in node.Children)
        {
            elements[i++] = Eval(child, ctx, diags);
        }

        return HclValue.TupleOwning(elements);
    }

    private static HclValue LiteralValue(SyntaxNode node) => (LiteralKind)node.Data switch
    {
        LiteralKind.True => HclValue.True,
        LiteralKind.False => HclValue.False,
        LiteralKind.Null => HclValue.NullDynamic,
        _ => HclValue.Number(ParseNumber(node)),
    };

    /// <summary>The parser has checked the literal, so it is parsed from the source bytes without a string.</summary>
    private static HclNumber ParseNumber(SyntaxNode node) =>
        HclNumber.TryParse(node.Tree.Source.Span[node.Start..node.End], out var number) ? number : HclNumber.Parse(node.SourceText);

    private HclValue EvalBinary(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var op = (Operator)node.Data;
        var lhsNode = node.FirstChild;
        var rhsNode = Next(lhsNode);
        var operandType = Operators.OperandType(op);
        var resultType = Operators.ResultType(op);
        var lhsDiags = new DiagnosticBag();
        var rhsDiags = new DiagnosticBag();
        var own = new DiagnosticBag();
        var lhs = Eval(lhsNode, ctx, lhsDiags);
        if (!HclConvert.TryConvert(lhs, operandType, out lhs, out var lhsError))
        {
            own.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid operand", $"Unsuitable value for left operand: {lhsError}.", lhsNode.Range, node.Range));
        }

        var rhs = Eval(rhsNode, ctx, rhsDiags);
        if (!HclConvert.TryConvert(rhs, operandType, out rhs, out var rhsError))
        {
            own.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid operand", $"Unsuitable value for right operand: {rhsError}.", rhsNode.Range, node.Range));
        }

        if (own.HasErrors)
        {
            diags.AddRange(own);
            diags.AddRange(lhsDiags);
            diags.AddRange(rhsDiags);
            return HclValue.Unknown(resultType);
        }

        if (Operators.ShortCircuit(op, lhs, rhs, lhsDiags.HasErrors, out var useLeft) is { } forced)
        {
            diags.AddRange(useLeft ? lhsDiags : rhsDiags);
            return forced;
        }

        diags.AddRange(lhsDiags);
        diags.AddRange(rhsDiags);
        if (lhsDiags.HasErrors || rhsDiags.HasErrors)
        {
            return HclValue.Unknown(resultType);
        }

        try
        {
            return Operators.Binary(op, lhs, rhs);
        }
        catch (HclValueException ex)
        {
            diags.Error(node.Range, "Operation failed", $"Error during operation: {ex.Message}.");
            return HclValue.Unknown(resultType);
        }
    }

    private HclValue EvalUnary(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var op = (Operator)node.Data;
        var operandNode = node.FirstChild;
        var before = diags.Count;
        var operand = Eval(operandNode, ctx, diags);
        if (!HclConvert.TryConvert(operand, Operators.OperandType(op), out operand, out var error))
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid operand", $"Unsuitable value for unary operand: {error}.", operandNode.Range, node.Range));
        }

        if (HasErrorsSince(diags, before))
        {
            return HclValue.Unknown(Operators.ResultType(op));
        }

        try
        {
            return Operators.Unary(op, operand);
        }
        catch (HclValueException ex)
        {
            diags.Error(node.Range, "Operation failed", $"Error during operation: {ex.Message}.");
            return HclValue.Unknown(Operators.ResultType(op));
        }
    }

    private static bool HasErrorsSince(DiagnosticBag diags, int count)
    {
        for (var i = count; i < diags.Count; i++)
        {
            if (diags[i].Severity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private HclValue EvalConditional(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var conditionNode = node.FirstChild;
        var trueNode = Next(conditionNode);
        var falseNode = Next(trueNode);
        var trueDiags = new DiagnosticBag();
        var falseDiags = new DiagnosticBag();
        var trueResult = Eval(trueNode, ctx, trueDiags);
        var falseResult = Eval(falseNode, ctx, falseDiags);

        HclType? resultType;
        if (trueResult == HclValue.NullDynamic)
        {
            resultType = falseResult.Type;
        }
        else if (falseResult == HclValue.NullDynamic)
        {
            resultType = trueResult.Type;
        }
        else if (trueResult.Type.IsDynamic || falseResult.Type.IsDynamic)
        {
            resultType = HclType.Dynamic;
        }
        else
        {
            resultType = HclConvert.UnifyTypesUnsafe([trueResult.Type, falseResult.Type]);
        }

        if (resultType is null)
        {
            diags.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "Inconsistent conditional result types",
                $"The true and false result expressions must have consistent types. {DescribeMismatch(trueResult.Type, falseResult.Type)}.",
                RangeOf(trueNode.Start, falseNode.End),
                node.Range));
            return HclValue.DynamicUnknown;
        }

        var condition = Eval(conditionNode, ctx, diags);
        if (condition.IsNull)
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Null condition", "The condition value is null. Conditions must either be true or false.", conditionNode.Range, node.Range));
            return HclValue.Unknown(resultType);
        }

        if (!condition.IsKnown)
        {
            return trueResult.IsNull && falseResult.IsNull ? HclValue.Null(resultType) : HclValue.Unknown(resultType);
        }

        if (!HclConvert.TryConvert(condition, HclType.Bool, out condition, out _))
        {
            diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Incorrect condition type", "The condition expression must be of type bool.", conditionNode.Range, node.Range));
            return HclValue.Unknown(resultType);
        }

        var chosen = condition.AsBool();
        var result = chosen ? trueResult : falseResult;
        diags.AddRange(chosen ? trueDiags : falseDiags);
        if (resultType.IsDynamic || result.Type.Equals(resultType))
        {
            return result;
        }

        if (!HclConvert.TryConvert(result, resultType, out var converted, out var error))
        {
            diags.Add(new Diagnostic(
                DiagnosticSeverity.Error,
                "Inconsistent conditional result types",
                $"The {(chosen ? "true" : "false")} result value has the wrong type: {error}.",
                (chosen ? trueNode : falseNode).Range,
                node.Range));
            return HclValue.Unknown(resultType);
        }

        return converted;
    }

    /// <summary>
    /// Explains why two result types do not unify, as HCL does: the first differing object attribute (in name order)
    /// or tuple element, the element types of two collections of the same kind holding structural types, and
    /// otherwise the friendly type names, or a last-resort sentence when even those are equal.
    /// </summary>
    private static string DescribeMismatch(HclType trueType, HclType falseType)
    {
        if (trueType.Kind == HclTypeKind.Object && falseType.Kind == HclTypeKind.Object)
        {
            foreach (var name in trueType.AttributeTypes.Keys.Order(StringComparer.Ordinal))
            {
                if (!falseType.HasAttribute(name))
                {
                    return $"The 'true' value includes object attribute \"{name}\", which is absent in the 'false' value";
                }

                var trueAttribute = trueType.AttributeTypes[name];
                var falseAttribute = falseType.AttributeTypes[name];
                if (!trueAttribute.Equals(falseAttribute))
                {
                    return $"Type mismatch for object attribute \"{name}\": {DescribeMismatch(trueAttribute, falseAttribute)}";
                }
            }

            foreach (var name in falseType.AttributeTypes.Keys.Order(StringComparer.Ordinal))
            {
                if (!trueType.HasAttribute(name))
                {
                    return $"The 'false' value includes object attribute \"{name}\", which is absent in the 'true' value";
                }
            }
        }
        else if (trueType.Kind == HclTypeKind.Tuple && falseType.Kind == HclTypeKind.Tuple)
        {
            var trueElements = trueType.TupleElementTypes;
            var falseElements = falseType.TupleElementTypes;
            if (trueElements.Count != falseElements.Count)
            {
                return $"The 'true' tuple has length {trueElements.Count}, but the 'false' tuple has length {falseElements.Count}";
            }

            for (var i = 0; i < trueElements.Count; i++)
            {
                if (!trueElements[i].Equals(falseElements[i]))
                {
                    return $"Type mismatch for tuple element {i}: {DescribeMismatch(trueElements[i], falseElements[i])}";
                }
            }
        }
        else if (trueType.IsCollection && trueType.Kind == falseType.Kind
            && trueType.ElementType.IsStructural && trueType.ElementType.Kind == falseType.ElementType.Kind)
        {
            var kind = trueType.Kind switch
            {
                HclTypeKind.List => "list",
                HclTypeKind.Set => "set",
                _ => "map",
            };
            return $"Mismatched {kind} element types: {DescribeMismatch(trueType.ElementType, falseType.ElementType)}";
        }

        var trueName = trueType.FriendlyName;
        var falseName = falseType.FriendlyName;
        return trueName == falseName
            ? "At least one deeply-nested attribute or element is not compatible across both the 'true' and the 'false' value"
            : $"The 'true' value is {trueName}, but the 'false' value is {falseName}";
    }

    private HclValue EvalObject(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var values = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var known = true;
        foreach (var item in node.Children)
        {
            var keyNode = item.FirstChild;
            var valueNode = Next(keyNode);
            var keyDiags = new DiagnosticBag();
            var key = EvalObjectKey(keyNode, ctx, keyDiags);
            diags.AddRange(keyDiags);
            var value = Eval(valueNode, ctx, diags);
            if (keyDiags.HasErrors)
            {
                known = false;
                continue;
            }

            if (key.IsNull)
            {
                diags.Error(valueNode.Range, "Null value as key", "Can't use a null value as a key.");
                known = false;
                continue;
            }

            if (!HclConvert.TryConvert(key, HclType.String, out key, out var error))
            {
                diags.Error(keyNode.Range, "Incorrect key type", $"Can't use this value as a key: {error}.");
                known = false;
                continue;
            }

            if (!key.IsKnown)
            {
                known = false;
                continue;
            }

            values[key.AsString()] = value;
        }

        return known ? HclValue.Object(values) : HclValue.DynamicUnknown;
    }

    private HclValue EvalObjectKey(SyntaxNode keyNode, EvalContext? ctx, DiagnosticBag diags)
    {
        var wrapped = keyNode.FirstChild;
        if (keyNode.Data == 0)
        {
            if (wrapped.Kind is NodeKind.GetAttr or NodeKind.Index && SyntaxFacts.IsScopeTraversal(wrapped))
            {
                diags.Error(keyNode.Range, "Ambiguous attribute key", "If this expression is intended to be a reference, wrap it in parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes to create a string literal.");
                return HclValue.DynamicUnknown;
            }

            if (KeywordOf(wrapped) is { } keyword)
            {
                return HclValue.String(keyword);
            }
        }

        return Eval(wrapped, ctx, diags);
    }

    /// <summary>HCL's <c>ExprAsKeyword</c>: a bare identifier, including the literals true, false and null.</summary>
    internal static string? KeywordOf(SyntaxNode node) => node.Kind switch
    {
        NodeKind.Variable => node.SourceText,
        NodeKind.Literal when (LiteralKind)node.Data != LiteralKind.Number => node.SourceText,
        _ => null,
    };
}
