using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec;

/// <summary>The outcome of decoding a jobspec: the job (when decoding got that far), every diagnostic, and where each part came from.</summary>
/// <param name="Job">The decoded job; <see langword="null"/> when the file has no usable job block.</param>
/// <param name="Diagnostics">Every error and warning of the file, in source order of discovery.</param>
/// <param name="SourceMap">Model paths mapped to source ranges.</param>
public sealed record JobDecodeResult(Job? Job, IReadOnlyList<Diagnostic> Diagnostics, SourceMap SourceMap)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
