using Nomadic.Hcl.Syntax;
using Nomadic.Hcl.Values;

namespace Nomadic.Hcl;

/// <summary>
/// Type constraints written as expressions, as HCL's <c>typeexpr</c>: <c>string</c>, <c>number</c>, <c>bool</c>,
/// <c>any</c>, <c>list(T)</c>, <c>map(T)</c>, <c>set(T)</c>, <c>tuple([T, ...])</c> and <c>object({name = T})</c>,
/// with <c>optional(T)</c> for object attributes.
/// </summary>
public static class TypeExpressions
{
    /// <summary>Parses a type constraint from a native-syntax expression node.</summary>
    /// <param name="node">The expression.</param>
    /// <param name="diagnostics">Receives an error when the expression is not a valid type.</param>
    /// <returns>The type, or null when invalid.</returns>
    public static HclType? Parse(SyntaxNode node, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        return Parse(node, diagnostics, allowOptional: false);
    }

    private static HclType? Parse(SyntaxNode node, DiagnosticBag diags, bool allowOptional)
    {
        while (node.Kind is NodeKind.Parentheses)
        {
            node = node.FirstChild;
        }

        if (node.Kind == NodeKind.Variable || (node.Kind == NodeKind.Literal && (LiteralKind)node.Data == LiteralKind.Null))
        {
            var keyword = node.SourceText;
            switch (keyword)
            {
                case "string": return HclType.String;
                case "number": return HclType.Number;
                case "bool": return HclType.Bool;
                case "any": return HclType.Dynamic;
                case "list" or "map" or "set":
                    return Fail(diags, node, $"The {keyword} type constructor requires one argument specifying the element type.");
                case "object":
                    return Fail(diags, node, "The object type constructor requires one argument specifying the attribute types as an object.");
                case "tuple":
                    return Fail(diags, node, "The tuple type constructor requires one argument specifying the element types as a list.");
                case "optional":
                    return Fail(diags, node, "Keyword \"optional\" is valid only as a modifier for object type attributes.");
                default:
                    return Fail(diags, node, $"The keyword \"{keyword}\" is not a valid type specification.");
            }
        }

        if (node.Kind != NodeKind.FunctionCall)
        {
            return Fail(diags, node, "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).");
        }

        var name = node.Name;
        var args = new List<SyntaxNode>();
        foreach (var arg in node.Children)
        {
            args.Add(arg);
        }

        switch (name)
        {
            case "bool" or "string" or "number" or "any":
                return Fail(diags, node, $"Primitive type keyword \"{name}\" does not expect arguments.");
            case "list" or "map" or "set":
                if (args.Count != 1)
                {
                    return Fail(diags, node, $"The {name} type constructor requires one argument specifying the element type.");
                }

                var element = Parse(args[0], diags, allowOptional: false);
                return element is null ? null : name switch
                {
                    "list" => HclType.List(element),
                    "map" => HclType.Map(element),
                    _ => HclType.Set(element),
                };
            case "tuple":
                if (args.Count != 1 || args[0].Kind != NodeKind.Tuple)
                {
                    return Fail(diags, node, "The tuple type constructor requires one argument specifying the element types as a list.");
                }

                var elements = new List<HclType>();
                foreach (var item in args[0].Children)
                {
                    var type = Parse(item, diags, allowOptional: false);
                    if (type is null)
                    {
                        return null;
                    }

                    elements.Add(type);
                }

                return HclType.Tuple(elements);
            case "object":
                return ParseObject(node, args, diags);
            case "optional":
                if (!allowOptional)
                {
                    return Fail(diags, node, "Keyword \"optional\" is valid only as a modifier for object type attributes.");
                }

                if (args.Count != 1)
                {
                    return Fail(diags, node, "Optional attribute modifier expects only one argument: the attribute type.");
                }

                return Parse(args[0], diags, allowOptional: false);
            default:
                return Fail(diags, node, $"Keyword \"{name}\" is not a valid type constructor.");
        }
    }

    private static HclType? ParseObject(SyntaxNode node, List<SyntaxNode> args, DiagnosticBag diags)
    {
        if (args.Count != 1 || args[0].Kind != NodeKind.Object)
        {
            return Fail(diags, node, "The object type constructor requires one argument specifying the attribute types as an object.");
        }

        var attributes = new Dictionary<string, HclType>(StringComparer.Ordinal);
        var optional = new List<string>();
        foreach (var item in args[0].Children)
        {
            var key = item.FirstChild;
            var keyword = key.FirstChild.Kind == NodeKind.Variable ? key.FirstChild.SourceText
                : key.FirstChild.Kind == NodeKind.Template && key.FirstChild.ChildCount == 1 && key.FirstChild.FirstChild.Kind == NodeKind.TemplateLiteral
                    ? key.FirstChild.FirstChild.StringValue
                    : null;
            if (keyword is null)
            {
                return Fail(diags, key, "Object constructor map keys must be attribute names.");
            }

            var valueNode = new SyntaxNode(node.Tree, key.SubtreeEnd);
            var type = Parse(valueNode, diags, allowOptional: true);
            if (type is null)
            {
                return null;
            }

            if (valueNode.Kind == NodeKind.FunctionCall && valueNode.Name == "optional")
            {
                optional.Add(keyword);
            }

            attributes[keyword] = type;
        }

        return HclType.Object(attributes, optional);
    }

    private static HclType? Fail(DiagnosticBag diags, SyntaxNode node, string detail)
    {
        diags.Error(node.Range, "Invalid type specification", detail);
        return null;
    }
}
