using System.Text;
using Nomadic.Core.Jobspec;
using Nomadic.Hcl;
using Nomadic.Hcl.Values;

namespace Nomadic.Core.Tests.Jobspec;

internal static class JobspecTestHelpers
{
    public static JobspecBody Parse(string hcl, IReadOnlyList<string>? argVars = null, IReadOnlyDictionary<string, string>? env = null, IReadOnlyList<string>? varFiles = null, bool strict = true) =>
        JobspecParser.Parse(new JobspecParseOptions
        {
            Path = "input.hcl",
            Source = Encoding.UTF8.GetBytes(hcl),
            ArgVars = argVars ?? [],
            Environment = env ?? new Dictionary<string, string>(),
            VarFiles = varFiles ?? [],
            Strict = strict,
        });

    /// <summary>Evaluates a job attribute the way the decoder will: through the expanded body, in the jobspec's context.</summary>
    public static HclValue JobAttribute(JobspecBody parsed, string name)
    {
        Assert.False(parsed.HasErrors, string.Join("\n", parsed.Diagnostics));
        var diags = new DiagnosticBag();
        var content = parsed.Job!.PartialContent(new BodySchema { Attributes = [new AttributeSchema(name)] }, diags, out _);
        var value = content.Attributes[name].Expression.Evaluate(parsed.Context, diags);
        Assert.Empty(diags);
        return value;
    }

    public static Diagnostic SingleError(JobspecBody parsed) =>
        Assert.Single(parsed.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
}
