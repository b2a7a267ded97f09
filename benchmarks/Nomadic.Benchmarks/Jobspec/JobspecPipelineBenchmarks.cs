using System.Text;
using BenchmarkDotNet.Attributes;
using Nomadic.Core.Jobs.Validation;
using Nomadic.Core.Jobspec;

namespace Nomadic.Benchmarks.Jobspec;

/// <summary>
/// What <c>nomadic job validate</c> does to a file in memory: parse (HCL, variables, locals, <c>dynamic</c>), decode into
/// the job model, canonicalize and validate. The baseline is parsing alone, so the ratio shows what decoding,
/// canonicalization and validation add. Jobs per second is one second over the mean of <see cref="DecodeCanonicalizeValidate"/>.
/// </summary>
public class JobspecPipelineBenchmarks
{
    private JobspecParseOptions _options = null!;

    /// <summary>
    /// Gets or sets the input: <c>nomad-example</c> (Nomad's own <c>example.nomad.hcl</c>, what <c>nomad job init</c> writes),
    /// <c>example</c> (samples/hcl/example.nomad.hcl: variables with validation, locals, <c>dynamic</c>) or <c>200-tasks</c>
    /// (10 groups of 20 tasks).
    /// </summary>
    [Params("nomad-example", "example", "200-tasks")]
    public string Input { get; set; } = "example";

    /// <summary>Reads or generates the input, and checks that it validates, so the benchmark measures the success path.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var source = Input switch
        {
            "nomad-example" => File.ReadAllBytes(JobspecInputs.NomadExamplePath()),
            "example" => File.ReadAllBytes(JobspecInputs.ExamplePath()),
            _ => Encoding.UTF8.GetBytes(JobspecInputs.Generated(groups: 10, tasksPerGroup: 20)),
        };
        _options = new JobspecParseOptions { Path = Input + ".nomad.hcl", Source = source };
        var problems = JobValidator.Validate(JobCanonicalizer.Canonicalize(JobspecDecoder.Decode(JobspecParser.Parse(_options)).Job!));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The benchmark input does not validate: " + string.Join("; ", problems));
        }
    }

    /// <summary>Parses the jobspec: HCL syntax, input variables, locals, <c>dynamic</c> expansion.</summary>
    /// <returns>The parsed body.</returns>
    [Benchmark(Baseline = true)]
    public JobspecBody ParseOnly() => JobspecParser.Parse(_options);

    /// <summary>Parses, decodes into the model, canonicalizes and validates.</summary>
    /// <returns>The number of validation errors (zero).</returns>
    [Benchmark]
    public int DecodeCanonicalizeValidate()
    {
        var job = JobspecDecoder.Decode(JobspecParser.Parse(_options)).Job!;
        return JobValidator.Validate(JobCanonicalizer.Canonicalize(job)).Count;
    }
}
