using System.Globalization;
using Nomadic.Hcl;

namespace Nomadic.Conformance.Tests.Infrastructure;

/// <summary>One diagnostic the reference implementation reported, as read from a corpus <c>.error</c> file.</summary>
/// <param name="StartLine">The 1-based line where the subject range starts.</param>
/// <param name="StartColumn">The 1-based column where the subject range starts.</param>
/// <param name="EndLine">The 1-based line where the subject range ends.</param>
/// <param name="EndColumn">The 1-based column just after the subject range.</param>
/// <param name="Summary">The diagnostic's summary, e.g. <c>Invalid escape sequence</c>.</param>
/// <param name="Detail">The diagnostic's detail: the text after <c>"; "</c>, empty if there is none.</param>
internal sealed record ExpectedError(int StartLine, int StartColumn, int EndLine, int EndColumn, string Summary, string Detail)
{
    /// <summary>Creates the expectation a Nomadic diagnostic would be compared as.</summary>
    /// <param name="diagnostic">A diagnostic with a subject range.</param>
    /// <returns>The diagnostic's subject range and text in the shape of an <c>.error</c> entry.</returns>
    /// <exception cref="ArgumentException">The diagnostic has no subject range.</exception>
    public static ExpectedError FromDiagnostic(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var subject = diagnostic.Subject
            ?? throw new ArgumentException($"The diagnostic '{diagnostic.Summary}' has no subject range.", nameof(diagnostic));
        return new ExpectedError(
            subject.Start.Line, subject.Start.Column, subject.End.Line, subject.End.Column, diagnostic.Summary, diagnostic.Detail);
    }

    /// <summary>Tells whether a diagnostic has this entry's range and summary (the detail text is not compared).</summary>
    /// <param name="diagnostic">The diagnostic to compare.</param>
    /// <returns><see langword="true"/> when the subject range and the summary are the same.</returns>
    public bool Matches(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.Subject is { } s
            && s.Start.Line == StartLine && s.Start.Column == StartColumn
            && s.End.Line == EndLine && s.End.Column == EndColumn
            && string.Equals(diagnostic.Summary, Summary, StringComparison.Ordinal);
    }

    /// <summary>Formats the range as HCL does (<c>L,C-C</c> on one line, else <c>L,C-L,C</c>) followed by the summary.</summary>
    /// <returns>The formatted entry without file name or detail.</returns>
    public override string ToString() => StartLine == EndLine
        ? string.Create(CultureInfo.InvariantCulture, $"{StartLine},{StartColumn}-{EndColumn}: {Summary}")
        : string.Create(CultureInfo.InvariantCulture, $"{StartLine},{StartColumn}-{EndLine},{EndColumn}: {Summary}");
}
