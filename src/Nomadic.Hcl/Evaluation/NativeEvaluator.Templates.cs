using System.Text;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>Templates: joining literal text and interpolated values, and <c>%{for}</c> directives.</summary>
internal sealed partial class NativeEvaluator
{
    private HclValue EvalTemplate(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var sb = new StringBuilder();
        var known = true;
        var before = diags.Count;
        foreach (var part in node.Children)
        {
            if (part.Kind == NodeKind.TemplateLiteral)
            {
                if (known && !HasErrorsSince(diags, before))
                {
                    sb.Append(part.StringValue);
                }

                continue;
            }

            var value = Eval(part, ctx, diags);
            if (value.IsNull)
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid template interpolation value", "The expression result is null. Cannot include a null value in a string template.", part.Range, node.Range));
                continue;
            }

            if (!value.IsKnown)
            {
                known = false;
                continue;
            }

            if (!HclConvert.TryConvert(value, HclType.String, out var text, out var error))
            {
                diags.Add(new Diagnostic(DiagnosticSeverity.Error, "Invalid template interpolation value", $"Cannot include the given value in a string template: {error}.", part.Range, node.Range));
                continue;
            }

            if (known && !HasErrorsSince(diags, before))
            {
                sb.Append(text.AsString());
            }
        }

        return known ? HclValue.String(sb.ToString()) : HclValue.Unknown(HclType.String);
    }

    private HclValue EvalTemplateFor(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        var hasKey = node.Data != 0;
        var first = node.FirstChild;
        var keyVar = hasKey ? first.SourceText : null;
        var valueNode = hasKey ? Next(first) : first;
        var collectionNode = Next(valueNode);
        var bodyNode = Next(collectionNode);
        var iteration = Iterate(node, keyVar, valueNode.SourceText, collectionNode, ctx, diags, bodyNode, condition: null);
        if (iteration is null)
        {
            return HclValue.Unknown(HclType.String);
        }

        var sb = new StringBuilder();
        foreach (var (_, value) in iteration)
        {
            if (value.IsNull)
            {
                diags.Error(node.Range, "Invalid template interpolation value", "An iteration result is null. Cannot include a null value in a string template.");
                continue;
            }

            if (value.Type.IsDynamic)
            {
                return HclValue.Unknown(HclType.String);
            }

            if (!HclConvert.TryConvert(value, HclType.String, out var text, out var error))
            {
                diags.Error(node.Range, "Invalid template interpolation value", $"Cannot include one of the interpolation results into the string template: {error}.");
                continue;
            }

            if (!value.IsKnown)
            {
                return HclValue.Unknown(HclType.String);
            }

            sb.Append(text.AsString());
        }

        return HclValue.String(sb.ToString());
    }
}
