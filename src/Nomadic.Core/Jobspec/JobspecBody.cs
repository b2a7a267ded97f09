using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Jobspec;

/// <summary>
/// A jobspec split and prepared for decoding: the one <c>job</c> block, its body (with <c>dynamic</c> blocks
/// expanding), and the evaluation context with <c>var</c>, <c>local</c>, Nomad's functions and the runtime
/// <c>${...}</c> passthrough. Decode the job only when <see cref="HasErrors"/> is false, as Nomad does.
/// </summary>
/// <param name="JobName">The <c>job</c> block's label, or null when there is no single job block.</param>
/// <param name="JobBlock">The <c>job</c> block as written, for its ranges; null when there is no single job block.</param>
/// <param name="Job">The job block's body wrapped for <c>dynamic</c> expansion; null when there is no single job block.</param>
/// <param name="Context">The context job attributes are evaluated in.</param>
/// <param name="Variables">The input variables' final values, by name.</param>
/// <param name="Locals">The local values, by name.</param>
/// <param name="Diagnostics">Every error and warning found so far.</param>
public sealed record JobspecBody(
    string? JobName,
    HclBlock? JobBlock,
    IHclBody? Job,
    EvalContext Context,
    IReadOnlyDictionary<string, HclValue> Variables,
    IReadOnlyDictionary<string, HclValue> Locals,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
