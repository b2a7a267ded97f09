using System.Text;
using BenchmarkDotNet.Attributes;
using Nomadic.Hcl.Conversion;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Benchmarks;

/// <summary>The <c>hcl2json</c> conversion on the same large input; the baseline is parsing alone.</summary>
public class Hcl2JsonBenchmarks
{
    private byte[] _input = [];

    /// <summary>Gets or sets the input size in MiB.</summary>
    [Params(4)]
    public int Megabytes { get; set; }

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup() => _input = Encoding.UTF8.GetBytes(CorpusFiles.BuildSyntheticInput(Megabytes));

    /// <summary>Parses the input.</summary>
    /// <returns>The number of nodes.</returns>
    [Benchmark(Baseline = true)]
    public int Parse() => HclSyntax.ParseConfig(_input, "bench.hcl").NodeCount;

    /// <summary>Parses and converts the input to HCL JSON text.</summary>
    /// <returns>The length of the JSON.</returns>
    [Benchmark]
    public int ParseAndConvert() => NativeToJson.Convert(_input, "bench.hcl").Json!.Length;
}
