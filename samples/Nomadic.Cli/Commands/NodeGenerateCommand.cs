using System.CommandLine;
using Nomadic.Topology.Cluster;
using Nomadic.Topology.Cluster.Generation;

namespace Nomadic.Cli.Commands;

/// <summary>
/// <c>nomadic node generate N [--seed S]</c>: prints the cluster <c>job plan --generate N --seed S</c> plans on,
/// as a JSON array of Nomad node objects that <c>job plan --nodes</c> reads back.
/// </summary>
internal static class NodeGenerateCommand
{
    public static Command Create()
    {
        var count = new Argument<int>("N") { Description = "The number of nodes." };
        var seed = new Option<ulong>("--seed") { Description = "The seed; the same seed gives the same cluster. Default 0." };
        var command = new Command("generate", "Print a generated cluster (datacenters, racks, 1-, 2- and 4-NUMA-node machines, GPUs) as Nomad node JSON.") { count, seed };
        command.SetAction(parseResult => Run(parseResult.GetValue(count), parseResult.GetValue(seed), Console.Out, Console.Error));
        return command;
    }

    internal static int Run(int count, ulong seed, TextWriter output, TextWriter error)
    {
        if (count is < 0 or > ClusterGenerationOptions.MaxNodeCount)
        {
            error.WriteLine($"nomadic: N must be from 0 to {ClusterGenerationOptions.MaxNodeCount}");
            return 1;
        }

        output.WriteLine(ClusterNodeJson.SerializeArray(ClusterGenerator.Generate(new ClusterGenerationOptions { NodeCount = count, Seed = seed })));
        return 0;
    }
}
