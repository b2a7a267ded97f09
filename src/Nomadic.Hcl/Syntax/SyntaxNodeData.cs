using System.Runtime.InteropServices;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// One node of the flat, pre-order tree: sixteen bytes. A node's subtree is the <see cref="Size"/> nodes starting at
/// the node itself, so its first child is the next node and each sibling follows the previous sibling's subtree.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct SyntaxNodeData
{
    public int Start;
    public int End;
    public int Info;
    public int Size;

    public SyntaxNodeData(NodeKind kind, int data, int start, int end)
    {
        Start = start;
        End = end;
        Info = (int)kind | (data << 8);
        Size = 1;
    }

    public readonly NodeKind Kind => (NodeKind)(Info & 0xFF);

    public readonly int Data => Info >> 8;
}
