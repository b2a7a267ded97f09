using System.Text;
using BenchmarkDotNet.Attributes;

namespace Nomadic.Benchmarks;

/// <summary>The shared input of the HCL benchmarks: the corpus' Terraform and HCL files repeated to a size in MiB.</summary>
public abstract class SyntheticInputBenchmark
{
    /// <summary>Gets or sets the input size in MiB.</summary>
    [Params(4)]
    public int Megabytes { get; set; }

    /// <summary>Gets the UTF-8 input.</summary>
    protected byte[] Input { get; private set; } = [];

    /// <summary>Builds the input.</summary>
    [GlobalSetup]
    public void Setup() => Input = Encoding.UTF8.GetBytes(CorpusFiles.BuildSyntheticInput(Megabytes));
}
