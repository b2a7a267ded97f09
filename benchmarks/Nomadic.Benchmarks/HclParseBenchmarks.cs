using BenchmarkDotNet.Attributes;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Benchmarks;

/// <summary>
/// Bytes to syntax tree on a large input made of the corpus' Terraform and HCL files. The baseline is the scanner
/// alone, so the ratio shows what parsing adds on top of tokenizing. Throughput is the input size over the mean.
/// </summary>
public class HclParseBenchmarks : SyntheticInputBenchmark
{
    /// <summary>Tokenizes the input.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        using var tokens = Scanner.Scan(Input, ScanMode.Normal);
        return tokens.Count;
    }

    /// <summary>Parses the input into a syntax tree.</summary>
    /// <returns>The number of nodes.</returns>
    [Benchmark]
    public int ParseConfig() => HclSyntax.ParseConfig(Input, "bench.hcl").NodeCount;
}
