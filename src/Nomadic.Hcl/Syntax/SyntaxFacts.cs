namespace Nomadic.Hcl.Syntax;

/// <summary>Questions about the shape of syntax nodes.</summary>
public static class SyntaxFacts
{
    /// <summary>
    /// Returns whether a node is a static traversal: a variable followed only by attribute accesses and indexes whose
    /// keys are literals (<c>a.b[0]["c"].d</c>), what HCL calls a scope traversal.
    /// </summary>
    /// <param name="node">The node.</param>
    /// <returns>True for a static traversal.</returns>
    public static bool IsScopeTraversal(SyntaxNode node)
    {
        while (true)
        {
            switch (node.Kind)
            {
                case NodeKind.Variable:
                    return true;
                case NodeKind.GetAttr:
                    node = node.FirstChild;
                    continue;
                case NodeKind.Index:
                    var collection = node.FirstChild;
                    var key = new SyntaxNode(node.Tree, collection.SubtreeEnd);
                    if (!IsLiteralKey(key))
                    {
                        return false;
                    }

                    node = collection;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Returns whether an index key is a literal: a number, bool, null or a template that is one literal.</summary>
    /// <param name="key">The key node.</param>
    /// <returns>True when the key is known without evaluation.</returns>
    public static bool IsLiteralKey(SyntaxNode key) =>
        key.Kind == NodeKind.Literal
        || (key.Kind == NodeKind.Template && key.ChildCount == 1 && key.FirstChild.Kind == NodeKind.TemplateLiteral);
}
