namespace Nomadic.Hcl;

/// <summary>A position in a source file, as HCL reports it.</summary>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Column">The 1-based column, counted in grapheme clusters (what a reader sees as characters).</param>
/// <param name="Byte">The 0-based byte offset into the UTF-8 source.</param>
public readonly record struct SourcePos(int Line, int Column, int Byte)
{
    /// <summary>The position at the very start of a file: line 1, column 1, byte 0.</summary>
    public static SourcePos Start { get; } = new(1, 1, 0);

    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}
