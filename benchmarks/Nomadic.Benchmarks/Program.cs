using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Nomadic.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project benchmarks/Nomadic.Benchmarks -- --filter '*'</c>, or writes the synthetic
/// input with <c>--write-synthetic MEGABYTES PATH</c>.
/// </summary>
public static class Program
{
    /// <summary>Runs BenchmarkDotNet's switcher over every benchmark class of this assembly, measuring allocations too.</summary>
    /// <param name="args">BenchmarkDotNet's command-line arguments (<c>--filter</c>, <c>--job</c>, <c>--list</c>, ...).</param>
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["--write-synthetic", var megabytes, var path])
        {
            // The large input of the parsing benchmarks, for whole-process comparisons (eng/compare-hcl2json.sh).
            File.WriteAllText(path, CorpusFiles.BuildSyntheticInput(double.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture)));
            return;
        }

        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
