using Nomadic.Hcl.Internal;
using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl.Evaluation;

/// <summary>Variables, attribute access and indexing: HCL's traversals and its <c>GetAttr</c> and <c>Index</c> rules.</summary>
internal sealed partial class NativeEvaluator
{
    private HclValue EvalAccess(SyntaxNode node, EvalContext? ctx, DiagnosticBag diags)
    {
        if (SyntaxFacts.IsScopeTraversal(node))
        {
            return EvalScopeTraversal(node, ctx, diags);
        }

        if (node.Kind == NodeKind.GetAttr)
        {
            var source = node.FirstChild;
            var sourceValue = Eval(source, ctx, diags);
            var name = node.Name;
            return TryGetKnownAttribute(sourceValue, name, out var attribute) ? attribute : GetAttr(sourceValue, name, RangeOf(source.End, node.End), diags);
        }

        var collection = node.FirstChild;
        var keyNode = Next(collection);
        var collectionValue = Eval(collection, ctx, diags);
        var key = Eval(keyNode, ctx, diags);
        return Index(collectionValue, key, RangeOf(collection.End, node.End), diags);
    }

    private HclValue EvalScopeTraversal(SyntaxNode top, EvalContext? ctx, DiagnosticBag diags)
    {
        var chain = new List<SyntaxNode>();
        var node = top;
        while (node.Kind != NodeKind.Variable)
        {
            chain.Add(node);
            node = node.FirstChild;
        }

        var rootName = node.SourceText;
        if (ctx is null)
        {
            diags.Error(node.Range, "Variables not allowed", "Variables may not be used here.");
            return HclValue.DynamicUnknown;
        }

        if (!ctx.TryGetVariable(rootName, out var value, out var anyVariables))
        {
            if (ctx.FindUndefinedVariableHandler() is { } handler && handler(StaticTraversal.FromNode(top)) is { } replacement)
            {
                return replacement;
            }

            if (!anyVariables)
            {
                diags.Error(node.Range, "Variables not allowed", "Variables may not be used here.");
                return HclValue.DynamicUnknown;
            }

            var suggestion = NameSuggestion.Find(rootName, ctx.AllVariableNames());
            diags.Error(node.Range, "Unknown variable", $"There is no variable named \"{rootName}\".{(suggestion is null ? string.Empty : $" Did you mean \"{suggestion}\"?")}");
            return HclValue.DynamicUnknown;
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            var step = chain[i];
            if (step.Kind == NodeKind.GetAttr && TryGetKnownAttribute(value, step.Name, out var attribute))
            {
                value = attribute;
                continue;
            }

            var stepRange = RangeOf(step.FirstChild.End, step.End);
            var before = diags.Count;
            value = step.Kind == NodeKind.GetAttr
                ? GetAttr(value, step.Name, stepRange, diags)
                : Index(value, Eval(Next(step.FirstChild), null, diags), stepRange, diags);
            if (HasErrorsSince(diags, before))
            {
                return HclValue.DynamicUnknown;
            }
        }

        return value;
    }

    /// <summary>
    /// The common case of <see cref="GetAttr"/>, an attribute a known object has, which can report nothing, so the
    /// caller need not compute the range a diagnostic would point at.
    /// </summary>
    private static bool TryGetKnownAttribute(HclValue value, string name, out HclValue attribute)
    {
        if (value.IsKnown && !value.IsNull && value.Type.Kind == HclTypeKind.Object && value.Type.AttributeTypes.ContainsKey(name))
        {
            attribute = value.GetAttribute(name);
            return true;
        }

        attribute = default;
        return false;
    }

    /// <summary>HCL's <c>GetAttr</c>: attribute access on objects and maps, with HCL's messages for everything else.</summary>
    internal static HclValue GetAttr(HclValue value, string name, SourceRange range, DiagnosticBag diags)
    {
        if (value.IsNull)
        {
            diags.Error(range, "Attempt to get attribute from null value", "This value is null, so it does not have any attributes.");
            return HclValue.DynamicUnknown;
        }

        var type = value.Type;
        switch (type.Kind)
        {
            case HclTypeKind.Object:
                if (!type.AttributeTypes.TryGetValue(name, out var attributeType))
                {
                    diags.Error(range, "Unsupported attribute", $"This object does not have an attribute named \"{name}\".");
                    return HclValue.DynamicUnknown;
                }

                return value.IsKnown ? value.GetAttribute(name) : HclValue.Unknown(attributeType);
            case HclTypeKind.Map:
                if (!value.IsKnown)
                {
                    return HclValue.Unknown(type.ElementType);
                }

                if (!value.Attributes.TryGetValue(name, out var element))
                {
                    diags.Error(range, "Missing map element", $"This map does not have an element with the key \"{name}\".");
                    return HclValue.DynamicUnknown;
                }

                return element;
            case HclTypeKind.Dynamic:
                return HclValue.DynamicUnknown;
            case HclTypeKind.List when type.ElementType.Kind == HclTypeKind.Object:
                diags.Error(range, "Unsupported attribute", type.ElementType.AttributeTypes.ContainsKey(name)
                    ? $"Can't access attributes on a list of objects. Did you mean to access attribute \"{name}\" for a specific element of the list, or across all elements of the list?"
                    : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?");
                return HclValue.DynamicUnknown;
            case HclTypeKind.Set when type.ElementType.Kind == HclTypeKind.Object:
                diags.Error(range, "Unsupported attribute", "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?");
                return HclValue.DynamicUnknown;
            case HclTypeKind.String or HclTypeKind.Number or HclTypeKind.Bool:
                diags.Error(range, "Unsupported attribute", $"Can't access attributes on a primitive-typed value ({type.FriendlyName}).");
                return HclValue.DynamicUnknown;
            default:
                diags.Error(range, "Unsupported attribute", "This value does not have any attributes.");
                return HclValue.DynamicUnknown;
        }
    }

    /// <summary>HCL's <c>Index</c>: indexing lists, tuples, maps and objects, with HCL's messages.</summary>
    internal static HclValue Index(HclValue collection, HclValue key, SourceRange range, DiagnosticBag diags)
    {
        const string InvalidIndex = "Invalid index";
        const string NotIdentified = "The given key does not identify an element in this collection value";
        if (collection.IsNull)
        {
            diags.Error(range, "Attempt to index null value", "This value is null, so it does not have any indices.");
            return HclValue.DynamicUnknown;
        }

        if (key.IsNull)
        {
            diags.Error(range, InvalidIndex, "Can't use a null value as an indexing key.");
            return HclValue.DynamicUnknown;
        }

        var type = collection.Type;
        if (key.Type.IsDynamic || type.IsDynamic)
        {
            return HclValue.DynamicUnknown;
        }

        switch (type.Kind)
        {
            case HclTypeKind.List or HclTypeKind.Tuple or HclTypeKind.Map:
                var wantType = type.Kind == HclTypeKind.Map ? HclType.String : HclType.Number;
                if (!HclConvert.TryConvert(key, wantType, out key, out var keyError))
                {
                    diags.Error(range, InvalidIndex, $"{NotIdentified}: {keyError}.");
                    return HclValue.DynamicUnknown;
                }

                var has = collection.HasIndex(key);
                if (!has.IsKnown)
                {
                    return type.Kind == HclTypeKind.Tuple ? HclValue.DynamicUnknown : HclValue.Unknown(type.ElementType);
                }

                if (!has.AsBool())
                {
                    diags.Error(range, InvalidIndex, DescribeMissingIndex(collection, key, NotIdentified));
                    return HclValue.DynamicUnknown;
                }

                return collection.Index(key);
            case HclTypeKind.Object:
                var wasNumber = key.Type.Kind == HclTypeKind.Number;
                if (!HclConvert.TryConvert(key, HclType.String, out key, out var objectKeyError))
                {
                    diags.Error(range, InvalidIndex, $"{NotIdentified}: {objectKeyError}.");
                    return HclValue.DynamicUnknown;
                }

                if (!key.IsKnown)
                {
                    return HclValue.DynamicUnknown;
                }

                var name = key.AsString();
                if (!type.AttributeTypes.TryGetValue(name, out var attributeType))
                {
                    diags.Error(range, InvalidIndex, $"{NotIdentified}.{(wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : string.Empty)}");
                    return HclValue.DynamicUnknown;
                }

                return collection.IsKnown ? collection.GetAttribute(name) : HclValue.Unknown(attributeType);
            case HclTypeKind.Set:
                diags.Error(range, InvalidIndex, "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.");
                return HclValue.DynamicUnknown;
            default:
                diags.Error(range, InvalidIndex, "This value does not have any indices.");
                return HclValue.DynamicUnknown;
        }
    }

    private static string DescribeMissingIndex(HclValue collection, HclValue key, string notIdentified)
    {
        if (collection.Type.Kind is HclTypeKind.List or HclTypeKind.Tuple && key.IsKnown && !key.IsNull)
        {
            var number = key.AsNumber();
            if (!number.IsInteger)
            {
                return $"{notIdentified}: indexing a sequence requires a whole number, but the given index has a fractional part.";
            }

            if (number.Sign < 0)
            {
                return $"{notIdentified}: a negative number is not a valid index for a sequence.";
            }

            if (collection.IsKnown)
            {
                return collection.Length == 0
                    ? $"{notIdentified}: the collection has no elements."
                    : $"{notIdentified}: the given index is greater than or equal to the length of the collection.";
            }
        }

        return $"{notIdentified}.";
    }
}
