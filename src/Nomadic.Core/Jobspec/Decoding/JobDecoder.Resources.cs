using Nomadic.Core.Jobs;
using Nomadic.Hcl;

namespace Nomadic.Core.Jobspec.Decoding;

/// <summary>The <c>resources</c>, <c>device</c>, <c>numa</c> and <c>network</c> blocks.</summary>
internal sealed partial class JobDecoder
{
    private Resources Resources(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["cpu", "cores", "memory", "memory_max", "disk", "iops"], B("network"), B("device", "name"), B("numa"));
        var resources = new Resources
        {
            CPU = r.Int("cpu", "CPU"),
            Cores = r.Int("cores", "Cores"),
            MemoryMB = r.Int("memory", "MemoryMB"),
            MemoryMaxMB = r.Int("memory_max", "MemoryMaxMB"),
            DiskMB = r.Int("disk", "DiskMB"),
            IOPS = r.Int("iops", "IOPS"),
        };
        resources.Networks = Many(r, "network", "Networks", Network);
        resources.Devices = Many(r, "device", "Devices", Device);
        resources.NUMA = Optional(r, "numa", "NUMA", (b, p) =>
        {
            var n = _context.Read(b.Body, p, ["affinity", "devices"]);
            return new NumaResource { Affinity = n.String("affinity", "Affinity") ?? string.Empty, Devices = n.StringList("devices", "Devices") };
        });
        return resources;
    }

    private RequestedDevice Device(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["count"], B("constraint"), B("affinity"));
        return new RequestedDevice
        {
            Name = block.Labels[0],
            Count = r.ULong("count", "Count"),
            Constraints = Constraints(r, "Constraints"),
            Affinities = Affinities(r, "Affinities"),
        };
    }

    private NetworkResource Network(HclBlock block, string path)
    {
        var r = _context.Read(block.Body, path, ["mode", "device", "cidr", "ip", "hostname", "mbits"], B("dns"), B("port", "label"), B("reserved_ports"));
        var network = new NetworkResource
        {
            Mode = r.String("mode", "Mode") ?? string.Empty,
            Device = r.String("device", "Device") ?? string.Empty,
            CIDR = r.String("cidr", "CIDR") ?? string.Empty,
            IP = r.String("ip", "IP") ?? string.Empty,
            Hostname = r.String("hostname", "Hostname") ?? string.Empty,
            MBits = r.Int("mbits", "MBits"),
        };
        network.DNS = Optional(r, "dns", "DNS", (b, p) =>
        {
            var d = _context.Read(b.Body, p, ["servers", "searches", "options"]);
            return new DnsConfig { Servers = d.StringList("servers", "Servers"), Searches = d.StringList("searches", "Searches"), Options = d.StringList("options", "Options") };
        });
        foreach (var reserved in r.Blocks("reserved_ports"))
        {
            _context.Diagnostics.Error(reserved.DefinitionRange, "Unsupported block type", "Blocks of type \"reserved_ports\" are not expected here. Did you mean \"port\"? Write port \"label\" { static = 8080 } for a reserved port.");
        }

        var dynamic = new List<Port>();
        var reservedPorts = new List<Port>();
        foreach (var block2 in r.Blocks("port"))
        {
            var p = _context.Read(block2.Body, r.PathOf($"Ports[{block2.Labels[0]}]"), ["static", "to", "host_network"]);
            var port = new Port
            {
                Label = block2.Labels[0],
                Value = p.Int("static", "Value") ?? 0,
                To = p.Int("to", "To") ?? 0,
                HostNetwork = p.String("host_network", "HostNetwork") ?? string.Empty,
            };
            var list = port.Value > 0 ? reservedPorts : dynamic;
            _context.SourceMap.Add(r.PathOf(port.Value > 0 ? $"ReservedPorts[{list.Count}]" : $"DynamicPorts[{list.Count}]"), block2);
            list.Add(port);
        }

        network.DynamicPorts = dynamic.Count > 0 ? dynamic : null;
        network.ReservedPorts = reservedPorts.Count > 0 ? reservedPorts : null;
        return network;
    }
}
