namespace Nomadic.Hcl.Syntax;

/// <summary>Static analysis of native expressions: which variables they reference.</summary>
internal static class SyntaxAnalysis
{
    /// <summary>
    /// The maximal static traversals (<c>var.a.b</c>) an expression references, excluding those rooted at a
    /// <c>for</c> expression's own iteration variables, in source order: what HCL's <c>Variables()</c> returns.
    /// </summary>
    public static List<SyntaxNode> ScopeTraversalNodes(SyntaxNode expression)
    {
        var result = new List<SyntaxNode>();
        Collect(expression, [], result);
        return result;
    }

    private static void Collect(SyntaxNode node, List<string> shadowed, List<SyntaxNode> result)
    {
        if (node.Kind is NodeKind.Variable or NodeKind.GetAttr or NodeKind.Index && SyntaxFacts.IsScopeTraversal(node))
        {
            var root = node;
            while (root.Kind != NodeKind.Variable)
            {
                root = root.FirstChild;
            }

            if (!shadowed.Contains(root.SourceText))
            {
                result.Add(node);
            }

            CollectIndexKeys(node, shadowed, result);
            return;
        }

        switch (node.Kind)
        {
            case NodeKind.ObjectKey when node.Data == 0 && node.FirstChild.Kind == NodeKind.Variable:
                return;
            case NodeKind.For or NodeKind.TemplateFor:
                CollectFor(node, shadowed, result);
                return;
        }

        foreach (var child in node.Children)
        {
            Collect(child, shadowed, result);
        }
    }

    private static void CollectIndexKeys(SyntaxNode node, List<string> shadowed, List<SyntaxNode> result)
    {
        while (node.Kind != NodeKind.Variable)
        {
            if (node.Kind == NodeKind.Index)
            {
                Collect(new SyntaxNode(node.Tree, node.FirstChild.SubtreeEnd), shadowed, result);
            }

            node = node.FirstChild;
        }
    }

    private static void CollectFor(SyntaxNode node, List<string> shadowed, List<SyntaxNode> result)
    {
        var names = new List<string>(shadowed);
        var collectionSeen = false;
        foreach (var child in node.Children)
        {
            if (child.Kind == NodeKind.Identifier)
            {
                names.Add(child.SourceText);
                continue;
            }

            Collect(child, collectionSeen ? names : shadowed, result);
            collectionSeen = true;
        }
    }
}
