namespace Nomadic.Hcl;

/// <summary>One problem found in a configuration: what is wrong, where, and what to do about it.</summary>
/// <param name="Severity">Whether this is an error or a warning.</param>
/// <param name="Summary">A short sentence naming the problem, e.g. "Unsupported argument".</param>
/// <param name="Detail">A longer explanation a user can act on.</param>
/// <param name="Subject">The source range the problem is about, if it has one.</param>
/// <param name="Context">A wider range that helps to show the subject, if any.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Summary,
    string Detail,
    SourceRange? Subject = null,
    SourceRange? Context = null)
{
    /// <summary>Creates an error diagnostic.</summary>
    /// <param name="subject">Where the problem is.</param>
    /// <param name="summary">A short sentence naming the problem.</param>
    /// <param name="detail">A longer explanation.</param>
    /// <returns>The new diagnostic.</returns>
    public static Diagnostic Error(SourceRange? subject, string summary, string detail) =>
        new(DiagnosticSeverity.Error, summary, detail, subject);

    /// <summary>Creates a warning diagnostic.</summary>
    /// <param name="subject">Where the problem is.</param>
    /// <param name="summary">A short sentence naming the problem.</param>
    /// <param name="detail">A longer explanation.</param>
    /// <returns>The new diagnostic.</returns>
    public static Diagnostic Warning(SourceRange? subject, string summary, string detail) =>
        new(DiagnosticSeverity.Warning, summary, detail, subject);

    /// <summary>Formats the diagnostic as HCL does: <c>FILE:LINE,COL-LINE,COL: summary; detail</c>.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() => Subject is { } s ? $"{s}: {Summary}; {Detail}" : $"{Summary}; {Detail}";
}
