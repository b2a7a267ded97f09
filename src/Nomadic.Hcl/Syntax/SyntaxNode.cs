using System.Text;

namespace Nomadic.Hcl.Syntax;

/// <summary>A view of one node of a <see cref="SyntaxTree"/>: a tree and an index, free to copy.</summary>
public readonly struct SyntaxNode : IEquatable<SyntaxNode>
{
    internal SyntaxNode(SyntaxTree tree, int index)
    {
        Tree = tree;
        Index = index;
    }

    /// <summary>Gets the tree this node belongs to.</summary>
    public SyntaxTree Tree { get; }

    /// <summary>Gets the node's index in the tree's pre-order.</summary>
    public int Index { get; }

    /// <summary>Gets the kind of node.</summary>
    public NodeKind Kind => Tree.Nodes[Index].Kind;

    /// <summary>Gets the node's kind-specific data (see <see cref="NodeKind"/>).</summary>
    public int Data => Tree.Nodes[Index].Data;

    /// <summary>Gets the byte offset where the node starts.</summary>
    public int Start => Tree.Nodes[Index].Start;

    /// <summary>Gets the byte offset just after the node.</summary>
    public int End => Tree.Nodes[Index].End;

    /// <summary>Gets the node's source range.</summary>
    public SourceRange Range => Tree.RangeOf(Start, End);

    /// <summary>Gets the node's source bytes.</summary>
    public ReadOnlySpan<byte> SourceBytes => Tree.Source.Span[Start..End];

    /// <summary>Gets the node's source text.</summary>
    public string SourceText => Tree.TextOf(Start, End);

    /// <summary>Gets a value indicating whether the node has at least one child.</summary>
    public bool HasChildren => Tree.Nodes[Index].Size > 1;

    /// <summary>Gets the first child. Only valid when <see cref="HasChildren"/> is true.</summary>
    public SyntaxNode FirstChild => new(Tree, Index + 1);

    /// <summary>Gets the number of direct children.</summary>
    public int ChildCount
    {
        get
        {
            var count = 0;
            foreach (var unused in Children)
            {
                count++;
            }

            return count;
        }
    }

    /// <summary>Gets the direct children, in source order.</summary>
    public ChildEnumerable Children => new(Tree, Index);

    /// <summary>Returns the next sibling's index position (the end of this node's subtree).</summary>
    internal int SubtreeEnd => Index + Tree.Nodes[Index].Size;

    /// <summary>Returns the child at a position. Walks the siblings, so prefer <see cref="Children"/> for loops.</summary>
    /// <param name="position">The 0-based child position.</param>
    /// <returns>The child.</returns>
    public SyntaxNode Child(int position)
    {
        var i = 0;
        foreach (var child in Children)
        {
            if (i++ == position)
            {
                return child;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(position), position, "The node has no child at that position.");
    }

    /// <summary>Gets the name of an attribute, block type, variable, attribute access, function call or identifier.</summary>
    public string Name => Kind switch
    {
        NodeKind.Attribute or NodeKind.Block => Tree.NameOf(Index, Start, Start + Data),
        NodeKind.GetAttr => Tree.TextOf(End - Data, End),
        NodeKind.FunctionCall => FunctionName(),
        NodeKind.Variable or NodeKind.Identifier => SourceText,
        _ => throw new InvalidOperationException($"A {Kind} node has no name."),
    };

    /// <summary>Gets the range of the name of an attribute, block, attribute access or function call.</summary>
    public SourceRange NameRange => Kind switch
    {
        NodeKind.Attribute or NodeKind.Block => Tree.RangeOf(Start, Start + Data),
        NodeKind.GetAttr => Tree.RangeOf(End - Data, End),
        NodeKind.FunctionCall => Tree.RangeOf(Start, Start + (Data & (SyntaxTree.ExpandFinalFlag - 1))),
        _ => Range,
    };

    /// <summary>Gets the value of a string-valued node: a block label or template literal, with escapes resolved.</summary>
    public string StringValue => Kind is NodeKind.BlockLabel or NodeKind.TemplateLiteral
        ? Data > 0 ? Tree.Strings[Data - 1] : RawStringValue()
        : throw new InvalidOperationException($"A {Kind} node has no string value.");

    /// <inheritdoc />
    public bool Equals(SyntaxNode other) => ReferenceEquals(Tree, other.Tree) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SyntaxNode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tree, Index);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Range}";

    /// <summary>Compares two views for identity.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>True when both view the same node.</returns>
    public static bool operator ==(SyntaxNode left, SyntaxNode right) => left.Equals(right);

    /// <summary>Compares two views for difference.</summary>
    /// <param name="left">The first view.</param>
    /// <param name="right">The second view.</param>
    /// <returns>True when the views differ.</returns>
    public static bool operator !=(SyntaxNode left, SyntaxNode right) => !left.Equals(right);

    private string RawStringValue()
    {
        if (Kind == NodeKind.BlockLabel && Start < End && Tree.Source.Span[Start] == '"')
        {
            return Tree.TextOf(Start + 1, End - 1);
        }

        return SourceText;
    }

    private string FunctionName()
    {
        var bytes = Tree.Source.Span[Start..(Start + (Data & (SyntaxTree.ExpandFinalFlag - 1)))];
        if (bytes.IndexOfAny((byte)' ', (byte)'\t') < 0)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var sb = new StringBuilder();
        foreach (var part in Encoding.UTF8.GetString(bytes).Split("::"))
        {
            sb.Append(sb.Length > 0 ? "::" : string.Empty).Append(part.Trim());
        }

        return sb.ToString();
    }

    /// <summary>Enumerates a node's direct children; <c>foreach</c> does so without allocating.</summary>
    public readonly struct ChildEnumerable : IEnumerable<SyntaxNode>
    {
        private readonly SyntaxTree _tree;
        private readonly int _parent;

        internal ChildEnumerable(SyntaxTree tree, int parent)
        {
            _tree = tree;
            _parent = parent;
        }

        /// <summary>Returns the enumerator.</summary>
        /// <returns>The enumerator.</returns>
        public ChildEnumerator GetEnumerator() => new(_tree, _parent);

        IEnumerator<SyntaxNode> IEnumerable<SyntaxNode>.GetEnumerator() => GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The enumerator of <see cref="ChildEnumerable"/>.</summary>
    public struct ChildEnumerator : IEnumerator<SyntaxNode>
    {
        private readonly SyntaxTree _tree;
        private readonly int _end;
        private int _next;
        private int _current;

        internal ChildEnumerator(SyntaxTree tree, int parent)
        {
            _tree = tree;
            _end = parent + tree.Nodes[parent].Size;
            _next = parent + 1;
            _current = -1;
        }

        /// <summary>Gets the current child.</summary>
        public readonly SyntaxNode Current => new(_tree, _current);

        readonly object System.Collections.IEnumerator.Current => Current;

        /// <summary>Moves to the next child.</summary>
        /// <returns>False after the last child.</returns>
        public bool MoveNext()
        {
            if (_next >= _end)
            {
                return false;
            }

            _current = _next;
            _next += _tree.Nodes[_next].Size;
            return true;
        }

        /// <summary>Not supported: start a new enumeration instead.</summary>
        /// <exception cref="NotSupportedException">Always.</exception>
        public readonly void Reset() => throw new NotSupportedException("Start a new enumeration instead.");

        /// <summary>Does nothing: the enumerator holds no resources.</summary>
        public readonly void Dispose()
        {
        }
    }
}
