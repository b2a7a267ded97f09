using System.Text;
using BenchmarkDotNet.Attributes;
using Nomadic.Hcl.Syntax;

namespace Nomadic.Benchmarks;

/// <summary>
/// Bytes to syntax tree on a large input made of the corpus' Terraform and HCL files. The baseline is the scanner
/// alone, so the ratio shows what parsing adds on top of tokenizing. Throughput is the input size over the mean.
/// </summary>
public class HclParseBenchmarks
{
    private byte[] _input = [];

    /// <summary>Gets or sets the input size in MiB.</summary>
    [Params(4)]
    public int Megabytes { get; set; }

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup() => _input = Encoding.UTF8.GetBytes(CorpusFiles.BuildSyntheticInput(Megabytes));

    /// <summary>Tokenizes the input.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        using var tokens = Scanner.Scan(_input, ScanMode.Normal);
        return tokens.Count;
    }

    /// <summary>Parses the input into a syntax tree.</summary>
    /// <returns>The number of nodes.</returns>
    [Benchmark]
    public int ParseConfig() => HclSyntax.ParseConfig(_input, "bench.hcl").NodeCount;
}
