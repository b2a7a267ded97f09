using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>What every step of one decode shares: the evaluation context, the diagnostics and the source map.</summary>
internal sealed class DecodeContext(EvalContext evalContext, DiagnosticBag diagnostics, SourceMap sourceMap)
{
    public EvalContext EvalContext { get; } = evalContext;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceMap SourceMap { get; } = sourceMap;

    /// <summary>Reads <paramref name="body"/> against a schema of attribute names and block types.</summary>
    public BodyReader Read(IHclBody body, string path, string[] attributes, params BlockHeaderSchema[] blocks) =>
        new(this, body, path, attributes, blocks);
}
