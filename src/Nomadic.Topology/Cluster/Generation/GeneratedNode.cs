using System.Globalization;

namespace Nomadic.Topology.Cluster.Generation;

/// <summary>Builds one generated node from its shape and placement.</summary>
internal static class GeneratedNode
{
    private const long ReservedMemoryMB = 512;
    private const string ReservedHostPorts = "22";

    public static ClusterNode Build(NodePlacement placement, MachineShape shape, ref SplitMix64 random)
    {
        var arm = shape.Kind == "small" && random.Chance(30);
        var rawExec = random.Chance(40);
        var ip = string.Create(CultureInfo.InvariantCulture, $"10.{placement.Index / 65_536 % 256}.{placement.Index / 256 % 256}.{placement.Index % 256 + 1}");
        var topology = shape.Topology;
        return new ClusterNode
        {
            ID = random.NextUuid(),
            Name = placement.Name,
            Datacenter = placement.Datacenter,
            NodeClass = shape.NodeClass,
            HTTPAddr = ip + ":4646",
            Attributes = NodeAttributes.For(placement, shape, ip, arm, rawExec),
            Meta = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["rack"] = placement.Rack,
                ["machine"] = shape.Kind,
            },
            Drivers = Drivers(rawExec),
            NodeResources = new NodeResources
            {
                Cpu = new NodeCpuResources
                {
                    CpuShares = topology.UsableCompute,
                    TotalCpuCores = topology.Cores.Count,
                    ReservableCpuCores = [.. topology.UsableCores.Select(c => c.Id)],
                },
                Memory = new NodeMemoryResources { MemoryMB = shape.MemoryMB },
                Disk = new NodeDiskResources { DiskMB = shape.DiskMB },
                Networks = [new NetworkResource { Mode = "host", Device = "eth0", CIDR = ip + "/32", IP = ip, MBits = 10_000 }],
                Devices = shape.Gpu is null ? [] : [Gpus(shape, ref random)],
                Processors = new NodeProcessorResources { Topology = topology },
                MinDynamicPort = 20_000,
                MaxDynamicPort = 32_000,
            },
            ReservedResources = new NodeReservedResources
            {
                Memory = new NodeReservedMemoryResources { MemoryMB = ReservedMemoryMB },
                Networks = new NodeReservedNetworkResources { ReservedHostPorts = ReservedHostPorts },
            },
            CreateIndex = (ulong)placement.Index + 10,
            ModifyIndex = (ulong)placement.Index + 10,
        };
    }

    private static Dictionary<string, DriverInfo> Drivers(bool rawExec)
    {
        var drivers = new Dictionary<string, DriverInfo>(StringComparer.Ordinal)
        {
            ["docker"] = Healthy(("driver.docker.version", "24.0.7"), ("driver.docker.runtimes", "io.containerd.runc.v2,runc")),
            ["exec"] = Healthy(),
        };
        if (rawExec)
        {
            drivers["raw_exec"] = Healthy();
        }

        return drivers;
    }

    private static DriverInfo Healthy(params (string Key, string Value)[] attributes) => new()
    {
        Detected = true,
        Healthy = true,
        HealthDescription = "Healthy",
        Attributes = attributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
    };

    /// <summary>The GPUs as Nomad's nvidia device plugin reports them: one group, one instance per PCI bus.</summary>
    private static NodeDeviceResource Gpus(MachineShape shape, ref SplitMix64 random)
    {
        var gpu = shape.Gpu!;
        var instances = new NodeDevice[shape.GpuBusIds.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = new NodeDevice
            {
                ID = "GPU-" + random.NextUuid(),
                Healthy = true,
                Locality = new NodeDeviceLocality { PciBusID = shape.GpuBusIds[i] },
            };
        }

        return new NodeDeviceResource
        {
            Vendor = "nvidia",
            Type = "gpu",
            Name = gpu.Name,
            Instances = instances,
            Attributes = new Dictionary<string, DeviceAttribute>(StringComparer.Ordinal)
            {
                ["memory"] = new() { Int = gpu.MemoryMiB, Unit = "MiB" },
                ["power"] = new() { Int = gpu.PowerWatts, Unit = "W" },
                ["driver_version"] = new() { String = "535.104.05" },
            },
        };
    }
}
