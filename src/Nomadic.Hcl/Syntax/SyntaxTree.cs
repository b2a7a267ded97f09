using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Nomadic.Hcl.Syntax;

/// <summary>
/// A parsed native-syntax file or template: the source, a flat array of nodes in pre-order, and the diagnostics found.
/// Nodes are addressed through <see cref="SyntaxNode"/> views, which cost nothing to create.
/// </summary>
public sealed class SyntaxTree
{
    /// <summary>The bit of a <see cref="NodeKind.FunctionCall"/> node's data that marks a final argument expanded with <c>...</c>.</summary>
    public const int ExpandFinalFlag = 1 << 22;

    private readonly SourcePos _basePos;
    private int[]? _lineStarts;
    private Dictionary<int, string>? _names;

    internal SyntaxTree(string fileName, ReadOnlyMemory<byte> source, SourcePos basePos)
    {
        FileName = fileName;
        Source = source;
        _basePos = basePos;
        Nodes = [];
        Strings = [];
        Diagnostics = [];
    }

    /// <summary>Gets the file name given to the parser, used in every range.</summary>
    public string FileName { get; }

    /// <summary>Gets the UTF-8 source the tree was parsed from.</summary>
    public ReadOnlyMemory<byte> Source { get; }

    /// <summary>Gets the diagnostics the parser found. The tree is complete even when there are errors.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; internal set; }

    /// <summary>Gets a value indicating whether the parser found any error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the root node: a <see cref="NodeKind.Body"/> for a file, or the expression for a template or expression.</summary>
    public SyntaxNode Root => new(this, 0);

    /// <summary>Gets the number of nodes in the tree.</summary>
    public int NodeCount => Nodes.Length;

    internal SyntaxNodeData[] Nodes { get; set; }

    internal string[] Strings { get; set; }

    /// <summary>Returns the line, column and byte of a byte offset into <see cref="Source"/>.</summary>
    /// <param name="offset">The byte offset.</param>
    /// <returns>The position, counting columns in grapheme clusters as HCL does.</returns>
    public SourcePos PositionOf(int offset)
    {
        var lines = _lineStarts ??= ComputeLineStarts(Source.Span);
        var line = Array.BinarySearch(lines, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var lineStart = lines[line];
        var segment = Source.Span[lineStart..Math.Min(offset, Source.Length)];
        var column = CountColumns(segment) + 1;
        return line == 0
            ? new SourcePos(_basePos.Line, _basePos.Column + column - 1, _basePos.Byte + offset)
            : new SourcePos(_basePos.Line + line, column, _basePos.Byte + offset);
    }

    /// <summary>Returns the source range between two byte offsets.</summary>
    /// <param name="start">The first byte.</param>
    /// <param name="end">The byte after the last.</param>
    /// <returns>The range.</returns>
    public SourceRange RangeOf(int start, int end) => new(FileName, PositionOf(start), PositionOf(end));

    /// <summary>Returns the source text between two byte offsets.</summary>
    /// <param name="start">The first byte.</param>
    /// <param name="end">The byte after the last.</param>
    /// <returns>The text.</returns>
    public string TextOf(int start, int end) => Encoding.UTF8.GetString(Source.Span[start..end]);

    /// <summary>The name of an attribute or block node, decoded once: decoders ask for the same names many times.</summary>
    internal string NameOf(int index, int start, int end)
    {
        var names = _names ??= [];
        if (!names.TryGetValue(index, out var name))
        {
            names[index] = name = TextOf(start, end);
        }

        return name;
    }

    private static int[] ComputeLineStarts(ReadOnlySpan<byte> src)
    {
        // Sized exactly: one start for the first line and one after every newline.
        var starts = new int[src.Count((byte)'\n') + 1];
        starts[0] = src.StartsWith("\uFEFF"u8) ? 3 : 0;
        var line = 1;
        var i = 0;

        // A file is mostly short lines: one vector compare per 32 bytes beats one search call per line.
        if (Vector256.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(src);
            var newline = Vector256.Create((byte)'\n');
            for (; i + Vector256<byte>.Count <= src.Length; i += Vector256<byte>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), newline).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    starts[line++] = i + BitOperations.TrailingZeroCount(mask) + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (; i < src.Length; i++)
        {
            if (src[i] == '\n')
            {
                starts[line++] = i + 1;
            }
        }

        return starts;
    }

    private static int CountColumns(ReadOnlySpan<byte> segment)
    {
        if (Ascii.IsValid(segment))
        {
            return segment.Length;
        }

        var text = Encoding.UTF8.GetString(segment);
        var count = 0;
        for (var i = 0; i < text.Length; i += StringInfo.GetNextTextElementLength(text, i))
        {
            count++;
        }

        return count;
    }
}
