using System.Globalization;

namespace Nomadic.Topology.Detection;

/// <summary>
/// Detects a Linux node's topology from sysfs, like Nomad's <c>numalib</c> (<c>detect_linux.go</c>):
/// NUMA nodes, SLIT distances and memory from <c>/sys/devices/system/node</c>, cores, sockets, thread siblings and
/// frequencies from <c>/sys/devices/system/cpu</c>, PCI devices from <c>/sys/bus/pci/devices</c>, and speed guesses
/// from <c>/proc/cpuinfo</c>. Machines without NUMA information get one node with distances <c>[[10]]</c>.
/// </summary>
public sealed class SysfsTopologyDetector
{
    private const string NodeRoot = "sys/devices/system/node";
    private const string CpuRoot = "sys/devices/system/cpu";
    private readonly string _root;
    private readonly SysfsDetectionOptions _options;

    /// <summary>Creates a detector.</summary>
    /// <param name="rootDir">The directory holding <c>sys/</c> and <c>proc/</c>: <c>/</c> for this machine, or a recorded tree.</param>
    /// <param name="options">Reserved cores and compute overrides; defaults to none.</param>
    public SysfsTopologyDetector(string rootDir = "/", SysfsDetectionOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDir);
        _root = rootDir;
        _options = options ?? new SysfsDetectionOptions();
    }

    /// <summary>Reads the topology.</summary>
    /// <returns>The detected topology with the options applied.</returns>
    /// <exception cref="TopologyDetectionException">The root is missing, a file is malformed, or no CPU core can be found.</exception>
    public NodeTopology Detect()
    {
        if (!Directory.Exists(_root))
        {
            throw new TopologyDetectionException($"{_root}: the sysfs root directory does not exist.");
        }

        var files = new SysfsFiles(_root);
        var cpuInfo = CpuInfo.Parse(files.ReadText("proc/cpuinfo"));
        var builder = ScanSysfs(files, cpuInfo) ?? ScanGeneric(cpuInfo)
            ?? throw new TopologyDetectionException(
                $"{_root}: no CPU cores found in {files.PathOf(CpuRoot)} or {files.PathOf("proc/cpuinfo")}.");
        try
        {
            ApplyOptions(builder);
            return builder.Build();
        }
        catch (InvalidOperationException ex)
        {
            throw new TopologyDetectionException($"{_root}: the detected topology is inconsistent: {ex.Message}", ex);
        }
    }

    private static NodeTopologyBuilder? ScanSysfs(SysfsFiles files, CpuInfo cpuInfo)
    {
        var online = files.ReadList($"{CpuRoot}/online") ?? files.ReadList($"{CpuRoot}/possible");
        if (online is null || online.Count == 0)
        {
            return null;
        }

        var onlineSet = online.ToHashSet();
        var nodes = files.ReadList($"{NodeRoot}/online");
        var builder = new NodeTopologyBuilder();
        var coreCount = 0;
        if (nodes is null || nodes.Count == 0)
        {
            builder.AddNumaNode(0).SetDistances([[10]]);
            foreach (var core in online)
            {
                // As Nomad does without NUMA data: one node, one socket, every core graded performance.
                builder.AddCore(ReadCore(files, cpuInfo, core, 0) with { SocketId = 0, Grade = CoreGrade.Performance });
                coreCount++;
            }
        }
        else
        {
            foreach (var node in nodes)
            {
                builder.AddNumaNode(node, ReadNodeMemoryMB(files, node));
                foreach (var core in files.ReadList($"{NodeRoot}/node{node}/cpulist") ?? [])
                {
                    if (onlineSet.Contains(core))
                    {
                        builder.AddCore(ReadCore(files, cpuInfo, core, node));
                        coreCount++;
                    }
                }
            }

            var distances = ReadDistances(files, nodes);
            if (distances is not null)
            {
                builder.SetDistances(distances);
            }

            AddPciDevices(files, builder, nodes.ToHashSet());
        }

        return coreCount == 0 ? null : builder;
    }

    private static NodeTopologyBuilder? ScanGeneric(CpuInfo cpuInfo)
    {
        if (cpuInfo.ProcessorCount == 0)
        {
            return null;
        }

        // Nomad's generic scanner: one node, one socket, every core at the first reported speed as its base speed.
        var speed = cpuInfo.Speeds.Count == 0 ? 0 : cpuInfo.Speeds.MinBy(p => p.Key).Value;
        var builder = new NodeTopologyBuilder().AddNumaNode(0).SetDistances([[10]]);
        for (var core = 0; core < cpuInfo.ProcessorCount; core++)
        {
            builder.AddCore(new Core(core, 0, 0, CoreGrade.Performance, false, speed, 0, 0));
        }

        return builder;
    }

    private static Core ReadCore(SysfsFiles files, CpuInfo cpuInfo, int core, int node)
    {
        var dir = $"{CpuRoot}/cpu{core}";
        var socket = files.ReadNumber($"{dir}/topology/physical_package_id") is { } s && s > 0 ? (int)Math.Min(s, int.MaxValue) : 0;
        var siblings = CpuList.TryParse(files.ReadText($"{dir}/topology/thread_siblings_list"), out var ids, out _) ? ids.Count : 0;
        var grade = siblings > 1 ? CoreGrade.Performance : CoreGrade.Efficiency;
        long baseSpeed;
        if (files.ReadText($"{dir}/cpufreq/scaling_driver") == "acpi-cpufreq")
        {
            // acpi_cppc/nominal_freq is in MHz: the highest sustained performance level.
            baseSpeed = Math.Max(0, files.ReadNumber($"{dir}/acpi_cppc/nominal_freq") ?? 0);
        }
        else
        {
            baseSpeed = Math.Max(0, files.ReadNumber($"{dir}/cpufreq/base_frequency") ?? 0) / 1000;
        }

        var maxSpeed = Math.Max(0, files.ReadNumber($"{dir}/cpufreq/cpuinfo_max_freq") ?? 0) / 1000;
        return new Core(core, socket, node, grade, false, baseSpeed, maxSpeed, cpuInfo.MaxSpeed);
    }

    private static long? ReadNodeMemoryMB(SysfsFiles files, int node)
    {
        var text = files.ReadText($"{NodeRoot}/node{node}/meminfo");
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 4 && fields[2] == "MemTotal:"
                && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
            {
                return kilobytes / 1024;
            }
        }

        return null;
    }

    private static int[][]? ReadDistances(SysfsFiles files, IReadOnlyList<int> nodes)
    {
        var rows = new int[nodes.Count][];
        for (var i = 0; i < nodes.Count; i++)
        {
            var relative = $"{NodeRoot}/node{nodes[i]}/distance";
            var text = files.ReadText(relative);
            if (text is null)
            {
                // Like Nomad, a missing file leaves the costs unknown; the builder then assumes 10 local, 20 remote.
                return null;
            }

            var fields = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != nodes.Count)
            {
                throw new TopologyDetectionException(
                    $"{files.PathOf(relative)}: expected {nodes.Count} distances, one per online NUMA node, but found {fields.Length}.");
            }

            rows[i] = new int[fields.Length];
            for (var j = 0; j < fields.Length; j++)
            {
                if (!int.TryParse(fields[j], NumberStyles.None, CultureInfo.InvariantCulture, out rows[i][j]) || rows[i][j] > 255)
                {
                    throw new TopologyDetectionException(
                        $"{files.PathOf(relative)}: '{fields[j]}' is not a distance between 0 and 255.");
                }
            }
        }

        return rows;
    }

    private static void AddPciDevices(SysfsFiles files, NodeTopologyBuilder builder, HashSet<int> nodes)
    {
        foreach (var device in files.Directories("sys/bus/pci/devices", "*"))
        {
            var name = Path.GetFileName(device);
            if (files.ReadNumber($"sys/bus/pci/devices/{name}/numa_node") is { } node && node >= 0 && nodes.Contains((int)node))
            {
                builder.AddPciDevice(name, (int)node);
            }
        }
    }

    private void ApplyOptions(NodeTopologyBuilder builder)
    {
        if (_options.ReservableCores is { } reservable)
        {
            var allowed = reservable.ToHashSet();
            var detected = builder.Build().Cores.Select(c => c.Id);
            builder.DisableCores(detected.Where(id => !allowed.Contains(id)));
        }

        builder.DisableCores(_options.ReservedCores)
            .WithOverrideTotalCompute(_options.TotalComputeOverride)
            .WithWithheldCompute(_options.ReservedCompute);
    }
}
