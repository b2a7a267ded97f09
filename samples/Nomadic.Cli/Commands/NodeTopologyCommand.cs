using System.CommandLine;
using System.Globalization;
using Nomadic.Topology;
using Nomadic.Topology.Cluster;
using Nomadic.Topology.Detection;

namespace Nomadic.Cli.Commands;

/// <summary><c>nomadic node topology [--sysfs DIR] [--json]</c>: prints this machine's (or a recorded tree's) NUMA topology.</summary>
internal static class NodeTopologyCommand
{
    public static Command Create()
    {
        var sysfs = new Option<string>("--sysfs") { Description = "A root directory holding sys/ (and proc/) to read instead of /.", DefaultValueFactory = _ => "/" };
        var json = new Option<bool>("--json") { Description = "Print NodeResources.Processors.Topology as Nomad's node JSON." };
        var topology = new Command("topology", "Detect and print the NUMA topology: nodes, distances, cores, PCI devices.") { sysfs, json };
        topology.SetAction(parseResult => Run(parseResult.GetValue(sysfs)!, parseResult.GetValue(json), Console.Out, Console.Error));
        return new Command("node", "Inspect nodes.") { topology, NodeGenerateCommand.Create() };
    }

    internal static int Run(string root, bool json, TextWriter output, TextWriter error)
    {
        NodeTopology topology;
        try
        {
            topology = new SysfsTopologyDetector(root).Detect();
        }
        catch (TopologyDetectionException ex)
        {
            error.WriteLine($"nomadic: {ex.Message}");
            return 1;
        }

        if (json)
        {
            output.WriteLine(ClusterNodeJson.SerializeTopology(topology));
        }
        else
        {
            WriteTable(topology, output);
        }

        return 0;
    }

    private static void WriteTable(NodeTopology topology, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Total compute   {topology.TotalCompute} MHz, usable {topology.UsableCompute} MHz, {topology.Cores.Count} cores ({topology.UsableCores.Count} usable)"));
        output.WriteLine();
        output.WriteLine("NUMA node  Sockets  Cores  MHz      Memory MB  CPU list");
        foreach (var node in topology.NumaNodes)
        {
            var cores = topology.CoresOn(node);
            var sockets = CpuList.Format(cores.Select(core => core.SocketId));
            var memory = topology.MemoryMB.TryGetValue(node, out var mb) ? mb.ToString(c) : "-";
            output.WriteLine(string.Create(c, $"{node,-10} {sockets,-8} {cores.Count,-6} {cores.Sum(core => core.Mhz),-8} {memory,-10} {CpuList.Format(cores.Select(core => core.Id))}"));
        }

        output.WriteLine();
        output.WriteLine("Distances (SLIT)");
        output.WriteLine("node  " + string.Join(" ", topology.NumaNodes.Select(n => n.ToString(c).PadLeft(4))));
        foreach (var (node, row) in topology.NumaNodes.Zip(topology.Distances))
        {
            output.WriteLine(node.ToString(c).PadRight(6) + string.Join(" ", row.Select(d => d.ToString(c).PadLeft(4))));
        }

        var grades = topology.Cores.GroupBy(core => core.Grade).Select(g => string.Create(c, $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        output.WriteLine();
        output.WriteLine("Core grades     " + string.Join(", ", grades));
        if (topology.BusAssociativity.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("PCI bus        NUMA node");
            foreach (var (bus, node) in topology.BusAssociativity.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.WriteLine(string.Create(c, $"{bus,-14} {node}"));
            }
        }
    }
}
