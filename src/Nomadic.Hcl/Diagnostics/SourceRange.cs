using System.Globalization;

namespace Nomadic.Hcl;

/// <summary>A half-open range of a source file: from <see cref="Start"/> up to, not including, <see cref="End"/>.</summary>
/// <param name="FileName">The file name as given to the parser.</param>
/// <param name="Start">The first position in the range.</param>
/// <param name="End">The position just after the range.</param>
public readonly record struct SourceRange(string FileName, SourcePos Start, SourcePos End)
{
    /// <summary>Gets a value indicating whether the range covers no bytes.</summary>
    public bool IsEmpty => Start.Byte >= End.Byte;

    /// <summary>Returns the smallest range that covers both ranges.</summary>
    /// <param name="from">The range the result starts with.</param>
    /// <param name="to">The range the result ends with.</param>
    /// <returns>A range from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</returns>
    public static SourceRange Between(SourceRange from, SourceRange to) => new(from.FileName, from.Start, to.End);

    /// <summary>Formats the range as HCL does: <c>file:line,col-col</c> on one line, or <c>file:line,col-line,col</c>.</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() => Start.Line == End.Line
        ? string.Create(CultureInfo.InvariantCulture, $"{FileName}:{Start.Line},{Start.Column}-{End.Column}")
        : string.Create(CultureInfo.InvariantCulture, $"{FileName}:{Start.Line},{Start.Column}-{End.Line},{End.Column}");
}
