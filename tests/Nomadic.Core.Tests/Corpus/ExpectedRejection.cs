namespace Nomadic.Core.Tests.Corpus;

/// <summary>A corpus file Nomad 1.7 rejects too: the rule (text every such rejection must report) and why it applies.</summary>
/// <param name="File">The file name under <c>jobspecs/</c>.</param>
/// <param name="Rule">Text that must appear in one of the diagnostics or validation errors.</param>
/// <param name="Why">Why Nomad 1.7 (<c>nomad job run</c>: jobspec2 decoding, then the server's Canonicalize/Validate) rejects it.</param>
internal sealed record ExpectedRejection(string File, string Rule, string Why)
{
    public override string ToString() => File;
}
