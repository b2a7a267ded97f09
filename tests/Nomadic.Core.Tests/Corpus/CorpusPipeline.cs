using Nomadic.Core.Jobs;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Jobspec;
using Nomadic.Hcl;

namespace Nomadic.Core.Tests.Corpus;

/// <summary>What <c>nomadic job inspect</c> does to a file: load, canonicalize, validate, print API JSON.</summary>
internal sealed record CorpusPipeline(JobDecodeResult Decoded, IReadOnlyList<JobValidationError> Problems, string? ApiJson)
{
    public IEnumerable<Diagnostic> DecodeErrors => Decoded.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    public static CorpusPipeline Run(string path)
    {
        var decoded = Nomadic.Core.Jobspec.Jobspec.Load(new JobspecParseOptions { Path = path });
        if (decoded.HasErrors || decoded.Job is null)
        {
            return new CorpusPipeline(decoded, [], null);
        }

        var job = JobCanonicalizer.Canonicalize(decoded.Job);
        var problems = JobValidator.Validate(job);
        var json = problems.Count == 0 ? NomadApiJson.Serialize(new JobDocument { Job = job }) : null;
        return new CorpusPipeline(decoded, problems, json);
    }

    public string Describe() =>
        string.Join("\n", DecodeErrors.Select(d => d.ToString()).Concat(Problems.Select(p => p.ToString())));
}
