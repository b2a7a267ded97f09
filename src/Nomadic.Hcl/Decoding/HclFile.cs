namespace Nomadic.Hcl;

/// <summary>A parsed configuration file of either syntax: its body and the diagnostics parsing found.</summary>
/// <param name="FileName">The file name given to the parser.</param>
/// <param name="Body">The root body. It is usable even when there are errors, for partial analysis.</param>
/// <param name="Diagnostics">The syntax errors and warnings.</param>
public sealed record HclFile(string FileName, IHclBody Body, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether parsing found any error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
