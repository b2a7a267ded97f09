namespace Nomadic.Core.Jobs.Validation;

/// <summary>Network and port rules (<c>TaskGroup.validateNetworks</c>).</summary>
internal static class NetworkRules
{
    private const int MaxPort = ushort.MaxValue;

    public static HashSet<string> PortLabels(TaskGroup group, JobTask? task)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        if (group.Networks is { Count: > 0 } networks && networks[0] is { } first)
        {
            AddLabels(first, labels);
        }

        foreach (var network in task?.Resources?.Networks ?? [])
        {
            if (network is not null)
            {
                AddLabels(network, labels);
            }
        }

        return labels;
    }

    public static void ValidateGroup(TaskGroup group, string path, ValidationSink sink)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var statics = new Dictionary<(string Network, int Port), string>();
        var networks = group.Networks ?? [];
        for (var i = 0; i < networks.Count; i++)
        {
            ValidateNetwork(networks[i], ValidationSink.Index(path, "Networks", i), "taskgroup network", labels, statics, sink);
        }

        var tasks = group.Tasks ?? [];
        for (var t = 0; t < tasks.Count; t++)
        {
            var taskNetworks = tasks[t]?.Resources?.Networks ?? [];
            for (var i = 0; i < taskNetworks.Count; i++)
            {
                var networkPath = ValidationSink.Index(ValidationSink.Index(path, "Tasks", t) + ".Resources", "Networks", i);
                ValidateNetwork(taskNetworks[i], networkPath, $"task {tasks[t]!.Name}", labels, statics, sink);
            }
        }
    }

    private static void ValidateNetwork(NetworkResource? network, string path, string owner, Dictionary<string, string> labels, Dictionary<(string, int), string> statics, ValidationSink sink)
    {
        if (network is null)
        {
            sink.Add(path, "Network is null: remove it.");
            return;
        }

        ValidatePorts(network.ReservedPorts, ValidationSink.Join(path, "ReservedPorts"), owner, labels, statics, sink);
        ValidatePorts(network.DynamicPorts, ValidationSink.Join(path, "DynamicPorts"), owner, labels, statics, sink);
        var hostname = network.Hostname ?? "";
        if (hostname.Length > 0 && !hostname.Contains("${", StringComparison.Ordinal) && Uri.CheckHostName(hostname) != UriHostNameType.Dns)
        {
            sink.Add(ValidationSink.Join(path, "Hostname"), "Hostname is not a valid DNS name.");
        }

        if ((network.MBits ?? 0) < 0)
        {
            sink.Add(ValidationSink.Join(path, "MBits"), "mbits must be zero or more.");
        }
    }

    private static void ValidatePorts(IList<Port>? ports, string path, string owner, Dictionary<string, string> labels, Dictionary<(string, int), string> statics, ValidationSink sink)
    {
        for (var i = 0; i < (ports?.Count ?? 0); i++)
        {
            var portPath = $"{path}[{i}]";
            if (ports![i] is not { } port)
            {
                sink.Add(portPath, "Port is null: remove it.");
                continue;
            }

            var label = port.Label ?? "";
            if (label.Length == 0)
            {
                sink.Add(ValidationSink.Join(portPath, "Label"), "Port has no label: give the port block a label.");
            }
            else if (!labels.TryAdd(label, owner))
            {
                sink.Add(ValidationSink.Join(portPath, "Label"), $"Port label {label} already in use by {labels[label]}: port labels must be unique.");
            }

            if (port.Value != 0)
            {
                var hostNetwork = string.IsNullOrEmpty(port.HostNetwork) ? "default" : port.HostNetwork;
                if (port.Value < 0)
                {
                    sink.Add(ValidationSink.Join(portPath, "Value"), $"Port {label} ({port.Value}) cannot be negative.");
                }
                else if (port.Value > MaxPort)
                {
                    sink.Add(ValidationSink.Join(portPath, "Value"), $"Port {label} ({port.Value}) cannot be greater than {MaxPort}.");
                }
                else if (!statics.TryAdd((hostNetwork, port.Value), label))
                {
                    sink.Add(ValidationSink.Join(portPath, "Value"), $"Static port {port.Value} already reserved by {statics[(hostNetwork, port.Value)]}.");
                }
            }

            if (port.To < -1)
            {
                sink.Add(ValidationSink.Join(portPath, "To"), $"Port \"{label}\" cannot be mapped to negative value {port.To}.");
            }
            else if (port.To > MaxPort)
            {
                sink.Add(ValidationSink.Join(portPath, "To"), $"Port \"{label}\" cannot be mapped to a port ({port.To}) greater than {MaxPort}.");
            }
        }
    }

    private static void AddLabels(NetworkResource network, HashSet<string> labels)
    {
        foreach (var port in (network.ReservedPorts ?? []).Concat(network.DynamicPorts ?? []))
        {
            if (port is not null && !string.IsNullOrEmpty(port.Label))
            {
                labels.Add(port.Label);
            }
        }
    }
}
