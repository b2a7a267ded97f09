using Nomadic.Hcl.Evaluation;
using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Json;

/// <summary>
/// Evaluates JSON values as HCL expressions, as the JSON specification maps them: with a context, strings (and
/// object keys) are native templates; without one they are literal. Arrays are tuples, objects are objects, numbers
/// are exact, and <c>null</c> is a null of unknown type.
/// </summary>
internal static class JsonEvaluator
{
    public static HclValue Evaluate(JsonSyntaxNode node, EvalContext? context, DiagnosticBag diagnostics, HclParserOptions options)
    {
        switch (node)
        {
            case JsonStringSyntax str:
                return context is null ? HclValue.String(str.Value) : EvaluateTemplate(str, context, diagnostics, options);
            case JsonNumberSyntax number:
                return HclValue.Number(number.Value);
            case JsonBoolSyntax boolean:
                return HclValue.Bool(boolean.Value);
            case JsonNullSyntax:
                return HclValue.NullDynamic;
            case JsonArraySyntax array:
                var elements = new List<HclValue>(array.Elements.Count);
                foreach (var element in array.Elements)
                {
                    elements.Add(Evaluate(element, context, diagnostics, options));
                }

                return HclValue.Tuple(elements);
            case JsonObjectSyntax obj:
                return EvaluateObject(obj, context, diagnostics, options);
            default:
                // Invalid nodes evaluate to an unknown value, so the rest of a broken file can still be analysed.
                return HclValue.DynamicUnknown;
        }
    }

    private static HclValue EvaluateTemplate(JsonStringSyntax str, EvalContext context, DiagnosticBag diagnostics, HclParserOptions options)
    {
        var tree = JsonStringSource.ParseTemplate(str, options);
        diagnostics.AddRange(tree.Diagnostics);
        return tree.HasErrors ? HclValue.DynamicUnknown : NativeEvaluator.Evaluate(tree.Root, context, diagnostics);
    }

    private static HclValue EvaluateObject(JsonObjectSyntax obj, EvalContext? context, DiagnosticBag diagnostics, HclParserOptions options)
    {
        var attributes = new Dictionary<string, HclValue>(StringComparer.Ordinal);
        var nameRanges = new Dictionary<string, SourceRange>(StringComparer.Ordinal);
        var known = true;
        foreach (var property in obj.Properties)
        {
            // Keys are templates too, as object keys may be expressions in native syntax.
            var name = Evaluate(property.Key, context, diagnostics, options);
            var value = Evaluate(property.Value, context, diagnostics, options);
            if (!HclConvert.TryConvert(name, HclType.String, out name, out var error))
            {
                diagnostics.Error(property.NameRange, "Invalid object key expression", $"Cannot use this expression as an object key: {error}.");
                continue;
            }

            if (name.IsNull)
            {
                diagnostics.Error(property.NameRange, "Invalid object key expression", "Cannot use null value as an object key.");
                continue;
            }

            if (!name.IsKnown)
            {
                // Without the key the object's type cannot be known; keep going to report other errors.
                known = false;
                continue;
            }

            var key = name.AsString();
            if (nameRanges.TryGetValue(key, out var previous))
            {
                diagnostics.Error(property.NameRange, "Duplicate object attribute", $"An attribute named {GoText.Quote(key)} was already defined at {previous}.");
                continue;
            }

            attributes[key] = value;
            nameRanges[key] = property.NameRange;
        }

        return known ? HclValue.Object(attributes) : HclValue.DynamicUnknown;
    }
}
