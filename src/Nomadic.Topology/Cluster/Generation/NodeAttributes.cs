using System.Globalization;

namespace Nomadic.Topology.Cluster.Generation;

/// <summary>The fingerprinted attributes of a generated node, with the names Nomad 1.7's client uses.</summary>
internal static class NodeAttributes
{
    public static Dictionary<string, string> For(NodePlacement placement, MachineShape shape, string ip, bool arm, bool rawExec)
    {
        var c = CultureInfo.InvariantCulture;
        var topology = shape.Topology;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kernel.name"] = "linux",
            ["kernel.version"] = arm ? "6.1.0-18-arm64" : "6.1.0-18-amd64",
            ["kernel.arch"] = arm ? "aarch64" : "x86_64",
            ["os.name"] = "debian",
            ["os.version"] = "12",
            ["cpu.arch"] = arm ? "arm64" : "amd64",
            ["cpu.modelname"] = arm ? "Neoverse-N1" : shape.CpuModel,
            ["cpu.numcores"] = topology.Cores.Count.ToString(c),
            ["cpu.reservablecores"] = topology.UsableCores.Count.ToString(c),
            ["cpu.frequency"] = topology.Cores.Max(core => core.Mhz).ToString(c),
            ["cpu.totalcompute"] = topology.TotalCompute.ToString(c),
            ["cpu.usablecompute"] = topology.UsableCompute.ToString(c),
            ["memory.totalbytes"] = (shape.MemoryMB * 1024 * 1024).ToString(c),
            ["numa.node.count"] = topology.NumaNodes.Count.ToString(c),
            ["unique.hostname"] = placement.Name,
            ["unique.network.ip-address"] = ip,
            ["unique.storage.volume"] = "/dev/nvme0n1p1",
            ["unique.storage.bytesfree"] = (shape.DiskMB * 1024 * 1024).ToString(c),
            ["nomad.version"] = "1.7.7",
            ["nomad.revision"] = "0f34c85ee63f6472bd2db1e2487611f4b176c70c",
            ["driver.docker"] = "1",
            ["driver.exec"] = "1",
        };
        foreach (var node in topology.NumaNodes)
        {
            attributes[string.Create(c, $"numa.node{node}.cores")] = CpuList.Format(topology.CoresOn(node).Select(core => core.Id));
        }

        if (rawExec)
        {
            attributes["driver.raw_exec"] = "1";
        }

        if (shape.InstanceType.Length > 0)
        {
            attributes["platform.aws.instance-type"] = arm ? "m6g.xlarge" : shape.InstanceType;
        }

        return attributes;
    }
}
