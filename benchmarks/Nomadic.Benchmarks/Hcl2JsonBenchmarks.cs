using BenchmarkDotNet.Attributes;
using Nomadic.Hcl.Conversion;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Benchmarks;

/// <summary>The <c>hcl2json</c> conversion on the same large input; the baseline is parsing alone.</summary>
public class Hcl2JsonBenchmarks : SyntheticInputBenchmark
{
    /// <summary>Parses the input.</summary>
    /// <returns>The number of nodes.</returns>
    [Benchmark(Baseline = true)]
    public int Parse() => HclSyntax.ParseConfig(Input, "bench.hcl").NodeCount;

    /// <summary>Parses and converts the input to HCL JSON text.</summary>
    /// <returns>The length of the JSON.</returns>
    [Benchmark]
    public int ParseAndConvert() => NativeToJson.Convert(Input, "bench.hcl").Json!.Length;
}
